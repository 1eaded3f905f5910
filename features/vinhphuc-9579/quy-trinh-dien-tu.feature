# language: vi
Tính năng: Xây dựng quy trình điện tử giải quyết thủ tục hành chính
  Văn bản số 9579/UBND-KSTT, Phần 2 và Phần 3:
  - §QTDT-0: quy trình điện tử xây dựng trên cơ sở quy trình nội bộ được Chủ tịch UBND tỉnh
    phê duyệt;
  - §QTDT-1a: cấp tỉnh, tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh: sở, ban, ngành
    phối hợp với Trung tâm;
  - §QTDT-1b: cấp tỉnh, tiếp nhận tại cơ quan, đơn vị: phòng, ban, đơn vị thuộc sở phối hợp
    với Phòng Kiểm soát TTHC - Văn phòng UBND tỉnh;
  - §QTDT-2: cấp huyện: Trung tâm hành chính công cấp huyện chủ trì, phối hợp với các phòng,
    ban chuyên môn, cán bộ quản trị phần mềm cấp huyện và Phòng Kiểm soát TTHC;
  - §QTDT-3: cấp xã: UBND cấp xã chủ trì, phối hợp với Trung tâm hành chính công cấp huyện,
    cán bộ quản trị phần mềm cấp huyện và Phòng Kiểm soát TTHC;
  - ở cấp huyện, cấp xã: trên Phần mềm một cửa dùng chung của tỉnh, áp dụng thống nhất;
  - §CHUNG: các phần mềm phải thông với nhau, tiến tới một phần mềm, và kết nối với Cổng dịch
    vụ công quốc gia.

  Bối cảnh:
    Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày 12/05/2021
    Và các quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và các quy trình điện tử được xây dựng trên Phần mềm một cửa dùng chung của tỉnh
    Và các quy trình điện tử đã kết nối Cổng dịch vụ công quốc gia

  Quy tắc: Xây dựng trên cơ sở quy trình nội bộ đã được Chủ tịch UBND tỉnh phê duyệt (QTDT-01)

    Bối cảnh:
      Cho thủ tục "2.000815", thực hiện ở cấp tỉnh
      Và quy trình điện tử cấp tỉnh của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"

    @QTDT-01
    Kịch bản: Quy trình điện tử căn cứ quyết định phê duyệt quy trình nội bộ của Chủ tịch UBND tỉnh
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-01"

    @QTDT-01
    Kịch bản: Nêu số quyết định làm căn cứ nhưng không nêu người phê duyệt
      Cho quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" phê duyệt quy trình nội bộ, không nêu người phê duyệt
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTDT-01"

    @QTDT-01
    Kịch bản: Quy trình điện tử không nêu quy trình nội bộ làm căn cứ
      Cho quy trình điện tử không nêu quy trình nội bộ làm căn cứ
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-01" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"
      Và phát hiện "QTDT-01" ghi nhận:
        | thông tin               | giá trị   |
        | quyết định làm căn cứ   | không nêu |
        | không nêu số quyết định | có        |
      Và phát hiện "QTDT-01" viện dẫn "§QTDT-0" của văn bản "9579/UBND-KSTT"
      Và phát hiện "QTDT-01" có nội dung "không nêu số quyết định làm căn cứ"

    @QTDT-01
    Kịch bản: Số quyết định làm căn cứ chỉ có khoảng trắng
      Cho quy trình điện tử căn cứ Quyết định "  " của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-01" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"

    @QTDT-01
    Kịch bản: Căn cứ quy trình nội bộ của Chủ tịch UBND tỉnh nhưng không nêu số quyết định
      Cho quy trình điện tử căn cứ quy trình nội bộ do Chủ tịch UBND tỉnh phê duyệt nhưng không nêu số quyết định
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-01" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"

    # v1 từ chối quyết định do Phó Chủ tịch ký; v2: Phó Chủ tịch ký thay «KT. CHỦ TỊCH» là
    # quyết định của Chủ tịch UBND tỉnh.
    @QTDT-01 @QTNB-13
    Kịch bản: Căn cứ quy trình nội bộ do Phó Chủ tịch UBND tỉnh ký thay Chủ tịch phê duyệt
      Cho quy trình điện tử căn cứ Quyết định "88/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quyết định làm căn cứ ký theo hình thức "KT. Chủ tịch", người ký "Phó Chủ tịch Nguyễn Văn A"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-01"
      Và không có phát hiện "QTNB-13"

    @QTDT-01
    Kịch bản: Căn cứ quy trình nội bộ do Giám đốc Sở phê duyệt
      Cho quy trình điện tử căn cứ Quyết định "88/QĐ-SKHCN" của Giám đốc Sở phê duyệt quy trình nội bộ
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-01" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"
      Và phát hiện "QTDT-01" ghi nhận:
        | thông tin                       | giá trị     |
        | quyết định làm căn cứ           | 88/QĐ-SKHCN |
        | loại người phê duyệt quyết định | khác        |
        | không nêu số quyết định         | không nêu   |
      Và phát hiện "QTDT-01" có nội dung "quyết định làm căn cứ 88/QĐ-SKHCN do Giám đốc Sở phê duyệt, không phải Chủ tịch UBND tỉnh"

  Quy tắc: Cấp tỉnh, tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh (QTDT-02)

    Bối cảnh:
      Cho thủ tục "1.014445", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Khoa học và Công nghệ quản lý
      Và thủ tục được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh

    @QTDT-02
    Kịch bản: Sở chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-02"

    @QTDT-02
    Kịch bản: Trung tâm chủ trì, phối hợp với sở: vẫn đủ các bên
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với "Sở Khoa học và Công nghệ"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTDT-02"

    @QTDT-02
    Kịch bản: Cơ quan Trung ương tổ chức theo ngành dọc phối hợp với Trung tâm
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Cục Thuế tỉnh chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTDT-02"

    @QTDT-02
    Kịch bản: Trung tâm tự xây dựng, không có sở, ban, ngành
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Trung tâm Phục vụ hành chính công tỉnh chủ trì, phối hợp với "Phòng Kiểm soát TTHC"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-02" về quy trình điện tử cấp tỉnh của thủ tục "1.014445"
      Và phát hiện "QTDT-02" ghi nhận:
        | thông tin                                    | giá trị |
        | thiếu sở, ban, ngành                         | có      |
        | thiếu Trung tâm Phục vụ hành chính công tỉnh | không   |
      Và phát hiện "QTDT-02" viện dẫn "§QTDT-1a" của văn bản "9579/UBND-KSTT"

    @QTDT-02
    Kịch bản: Sở tự xây dựng, không phối hợp với Trung tâm
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ chủ trì
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-02" về quy trình điện tử cấp tỉnh của thủ tục "1.014445"
      Và phát hiện "QTDT-02" ghi nhận:
        | thông tin                                    | giá trị |
        | thiếu sở, ban, ngành                         | không   |
        | thiếu Trung tâm Phục vụ hành chính công tỉnh | có      |

  Quy tắc: Cấp tỉnh, tiếp nhận tại cơ quan, đơn vị (QTDT-03)

    Bối cảnh:
      Cho thủ tục "1.014461.H35", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Khoa học và Công nghệ quản lý
      Và thủ tục được tiếp nhận, trả kết quả tại cơ quan, đơn vị

    @QTDT-03 @QTDT-02
    Kịch bản: Phòng thuộc sở phối hợp với Phòng Kiểm soát TTHC
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014461.H35" do Phòng Quản lý công nghệ - Sở Khoa học và Công nghệ chủ trì, phối hợp với "Phòng Kiểm soát TTHC - Văn phòng UBND tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-03"
      Và không có phát hiện "QTDT-02"

    @QTDT-03
    Kịch bản: Sở xây dựng thay cho phòng, đơn vị thuộc sở
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014461.H35" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Phòng Kiểm soát TTHC"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-03" về quy trình điện tử cấp tỉnh của thủ tục "1.014461.H35"
      Và phát hiện "QTDT-03" ghi nhận:
        | thông tin         | giá trị                     |
        | cơ quan còn thiếu | phòng, ban, đơn vị thuộc sở |
      Và phát hiện "QTDT-03" viện dẫn "§QTDT-1b" của văn bản "9579/UBND-KSTT"

    @QTDT-03
    Kịch bản: Phòng thuộc sở xây dựng một mình, không có Phòng Kiểm soát TTHC
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014461.H35" do Phòng Quản lý công nghệ - Sở Khoa học và Công nghệ chủ trì
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTDT-03" ghi nhận:
        | thông tin         | giá trị              |
        | cơ quan còn thiếu | Phòng Kiểm soát TTHC |

  Quy tắc: Cấp huyện: Trung tâm hành chính công cấp huyện chủ trì (QTDT-04), trên phần mềm dùng chung (QTDT-07), áp dụng thống nhất (QTDT-08)

    Bối cảnh:
      Cho thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã

    @QTDT-04 @QTDT-07 @QTDT-08
    Kịch bản: Trung tâm hành chính công cấp huyện chủ trì, phối hợp đủ các bên
      Cho quy trình điện tử cấp huyện của thủ tục "2.000815" do Trung tâm hành chính công cấp huyện chủ trì, phối hợp với:
        | cơ quan phối hợp                           |
        | Phòng Tư pháp cấp huyện                    |
        | cán bộ quản trị phần mềm cấp huyện         |
        | Phòng Kiểm soát TTHC - Văn phòng UBND tỉnh |
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-04"
      Và không có phát hiện "QTDT-07"
      Và không có phát hiện "QTDT-08"

    @QTDT-04
    Kịch bản: UBND cấp huyện chủ trì thay Trung tâm hành chính công cấp huyện
      Cho quy trình điện tử cấp huyện của thủ tục "2.000815" do UBND cấp huyện chủ trì, phối hợp với:
        | cơ quan phối hợp                   |
        | Phòng Tư pháp cấp huyện            |
        | cán bộ quản trị phần mềm cấp huyện |
        | Phòng Kiểm soát TTHC               |
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-04" về quy trình điện tử cấp huyện của thủ tục "2.000815"
      Và phát hiện "QTDT-04" ghi nhận:
        | thông tin                  | giá trị        |
        | sai cơ quan chủ trì        | có             |
        | loại cơ quan chủ trì       | UBND cấp huyện |
        | cơ quan phối hợp còn thiếu | không nêu      |
      Và phát hiện "QTDT-04" viện dẫn "§QTDT-2" của văn bản "9579/UBND-KSTT"

    @QTDT-04
    Kịch bản: Thiếu cán bộ quản trị phần mềm cấp huyện và Phòng Kiểm soát TTHC
      Cho quy trình điện tử cấp huyện của thủ tục "2.000815" do Trung tâm hành chính công cấp huyện chủ trì, phối hợp với "Phòng Tư pháp cấp huyện"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-04" về quy trình điện tử cấp huyện của thủ tục "2.000815"
      Và phát hiện "QTDT-04" ghi nhận:
        | thông tin                  | giá trị                                                  |
        | sai cơ quan chủ trì        | không nêu                                                |
        | cơ quan phối hợp còn thiếu | cán bộ quản trị phần mềm cấp huyện; Phòng Kiểm soát TTHC |

    @QTDT-07 @CHUNG-03
    Kịch bản: Quy trình điện tử cấp huyện xây dựng trên phần mềm riêng
      Cho quy trình điện tử cấp huyện của thủ tục "2.000815" do Trung tâm hành chính công cấp huyện chủ trì, phối hợp với "Phòng Tư pháp cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử xây dựng trên phần mềm riêng của một doanh nghiệp cung cấp phần mềm
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-07" về quy trình điện tử cấp huyện của thủ tục "2.000815"
      Và phát hiện "QTDT-07" ghi nhận:
        | thông tin | giá trị       |
        | phần mềm  | phần mềm khác |
      Và không có phát hiện "CHUNG-03"

    @QTDT-08
    Kịch bản: Quy trình điện tử cấp huyện chỉ áp dụng cho một đơn vị
      Cho quy trình điện tử cấp huyện của thủ tục "2.000815" do Trung tâm hành chính công cấp huyện chủ trì, phối hợp với "Phòng Tư pháp cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử chỉ áp dụng cho một đơn vị
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-08" về quy trình điện tử cấp huyện của thủ tục "2.000815"
      Và phát hiện "QTDT-08" viện dẫn "§QTDT-2" của văn bản "9579/UBND-KSTT"

  Quy tắc: Cấp xã: UBND cấp xã chủ trì (QTDT-05), phối hợp với cấp huyện (QTDT-06)

    Bối cảnh:
      Cho thủ tục "2.001019", thực hiện ở cấp xã

    @QTDT-05 @QTDT-06 @QTDT-07 @QTDT-08
    Kịch bản: UBND cấp xã chủ trì, phối hợp đủ các bên, trên phần mềm dùng chung
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với:
        | cơ quan phối hợp                    |
        | Trung tâm hành chính công cấp huyện |
        | cán bộ quản trị phần mềm cấp huyện  |
        | Phòng Kiểm soát TTHC                |
      Và quy trình điện tử áp dụng thống nhất trong toàn cấp
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-05"
      Và không có phát hiện "QTDT-06"
      Và không có phát hiện "QTDT-07"
      Và không có phát hiện "QTDT-08"

    @QTDT-05
    Kịch bản: Trung tâm hành chính công cấp huyện chủ trì quy trình cấp xã
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do Trung tâm hành chính công cấp huyện chủ trì, phối hợp với "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-05" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và phát hiện "QTDT-05" ghi nhận:
        | thông tin                  | giá trị                             |
        | sai cơ quan chủ trì        | có                                  |
        | loại cơ quan chủ trì       | Trung tâm hành chính công cấp huyện |
        | cơ quan phối hợp còn thiếu | không nêu                           |
      Và phát hiện "QTDT-05" viện dẫn "§QTDT-3" của văn bản "9579/UBND-KSTT"

    @QTDT-05 @QTDT-06
    Kịch bản: Quy trình cấp xã không phối hợp với Phòng Kiểm soát TTHC
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "cán bộ quản trị phần mềm cấp huyện"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-05" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và phát hiện "QTDT-05" ghi nhận:
        | thông tin                  | giá trị              |
        | sai cơ quan chủ trì        | không nêu            |
        | cơ quan phối hợp còn thiếu | Phòng Kiểm soát TTHC |
      Và không có phát hiện "QTDT-06"

    @QTDT-06
    Kịch bản: Quy trình cấp xã không phối hợp với Trung tâm hành chính công cấp huyện
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTDT-06" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và phát hiện "QTDT-06" ghi nhận:
        | thông tin                  | giá trị                             |
        | cơ quan phối hợp còn thiếu | Trung tâm hành chính công cấp huyện |
      Và không có phát hiện "QTDT-05"

    @QTDT-06
    Kịch bản: Quy trình cấp xã chỉ phối hợp với Phòng Kiểm soát TTHC
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Phòng Kiểm soát TTHC"
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTDT-06" ghi nhận:
        | thông tin                  | giá trị                                                                 |
        | cơ quan phối hợp còn thiếu | Trung tâm hành chính công cấp huyện; cán bộ quản trị phần mềm cấp huyện |

    @QTDT-07
    Kịch bản: Quy trình điện tử cấp xã xây dựng trên phần mềm khác
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử xây dựng trên phần mềm khác
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-07" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và phát hiện "QTDT-07" viện dẫn "§QTDT-3" của văn bản "9579/UBND-KSTT"

    @QTDT-08
    Kịch bản: Quy trình điện tử cấp xã chỉ áp dụng cho một xã
      Cho quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử chỉ áp dụng cho một đơn vị
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-08" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và phát hiện "QTDT-08" ghi nhận:
        | thông tin       | giá trị    |
        | phạm vi áp dụng | một đơn vị |

  Quy tắc: Kết nối Cổng dịch vụ công quốc gia (CHUNG-02), các phần mềm tiến tới một phần mềm (CHUNG-03)

    Bối cảnh:
      Cho thủ tục "1.014445", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Khoa học và Công nghệ quản lý
      Và quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"

    @QTNB-05 @QTNB-07
    Kịch bản: Hồ sơ quy trình điện tử không phải gửi Văn phòng UBND tỉnh, trình Chủ tịch UBND tỉnh
      Cho hồ sơ gửi Trung tâm Phục vụ hành chính công tỉnh
      Và hồ sơ trình Giám đốc Sở phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-05"
      Và không có phát hiện "QTNB-07"

    @CHUNG-02 @CHUNG-03
    Kịch bản: Quy trình trên phần mềm dùng chung, đã kết nối Cổng dịch vụ công quốc gia
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CHUNG-02"
      Và không có phát hiện "CHUNG-03"

    @CHUNG-02
    Kịch bản: Quy trình điện tử chưa kết nối Cổng dịch vụ công quốc gia
      Cho quy trình điện tử chưa kết nối Cổng dịch vụ công quốc gia
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "CHUNG-02" về quy trình điện tử cấp tỉnh của thủ tục "1.014445" ở mức "cảnh báo"
      Và phát hiện "CHUNG-02" ghi nhận:
        | thông tin                             | giá trị |
        | đã kết nối Cổng dịch vụ công quốc gia | không   |
      Và phát hiện "CHUNG-02" viện dẫn "§CHUNG" của văn bản "9579/UBND-KSTT"

    @CHUNG-02
    Kịch bản: Hồ sơ không nêu việc kết nối Cổng dịch vụ công quốc gia
      Cho quy trình điện tử không nêu việc kết nối Cổng dịch vụ công quốc gia
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CHUNG-02"

    @CHUNG-03
    Kịch bản: Quy trình điện tử cấp tỉnh xây dựng trên phần mềm khác
      Cho quy trình điện tử xây dựng trên phần mềm dịch vụ công riêng của sở
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "CHUNG-03" về quy trình điện tử cấp tỉnh của thủ tục "1.014445" ở mức "cảnh báo"
      Và không có phát hiện "QTDT-07"
