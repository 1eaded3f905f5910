# language: vi
Tính năng: Cơ quan chủ trì và cơ quan phối hợp xây dựng quy trình nội bộ
  Văn bản số 9579/UBND-KSTT ngày 29/11/2019 của UBND tỉnh Vĩnh Phúc:
  - §QTNB-1: sở, ban, ngành thuộc UBND tỉnh và cơ quan Trung ương tổ chức theo ngành dọc
    chủ trì xây dựng quy trình nội bộ của thủ tục thuộc ngành mình, ở cả 3 cấp;
  - §QTNB-5: thủ tục do sở quản lý chuyên ngành trình công bố nhưng được tiếp nhận, giải quyết
    ở sở, ngành khác thì sở, ngành tiếp nhận, giải quyết xây dựng quy trình nội bộ ở cơ quan mình;
  - §QTNB-2a: thủ tục cấp tỉnh tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh: phối hợp
    với Trung tâm;
  - §QTNB-3: thủ tục cấp huyện, cấp xã: phối hợp với UBND cấp huyện.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Xây dựng gửi ngày 10/06/2020
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                         | người thực hiện              | thời gian            |
      | 1    | Tiếp nhận, kiểm tra, số hóa hồ sơ | Công chức Bộ phận một cửa    | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, dự thảo kết quả  | Chuyên viên phòng chuyên môn | 10 ngày làm việc     |
      | 3    | Ký phê duyệt kết quả              | Lãnh đạo cơ quan             | 4 giờ làm việc       |
      | 4    | Trả kết quả                       | Công chức Bộ phận một cửa    | Không tính thời gian |

  Quy tắc: Sở, ban, ngành chủ trì xây dựng quy trình nội bộ (QTNB-01)

    @QTNB-01
    Kịch bản: Sở Xây dựng chủ trì xây dựng quy trình nội bộ của thủ tục ngành mình
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và thời hạn giải quyết là 20 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-01"

    @QTNB-01
    Kịch bản: Cơ quan Trung ương tổ chức theo ngành dọc chủ trì xây dựng quy trình nội bộ
      Cho thủ tục "1.000138", thực hiện ở cấp tỉnh
      Và thủ tục do Công an tỉnh quản lý
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.000138" do Công an tỉnh chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-01"

    @QTNB-01
    Khung kịch bản: Quy trình nội bộ do cơ quan không phải sở, ban, ngành chủ trì xây dựng
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do <cơ quan chủ trì> chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "QTNB-01" ghi nhận:
        | thông tin            | giá trị        |
        | loại cơ quan chủ trì | <loại cơ quan> |
      Và phát hiện "QTNB-01" viện dẫn "§QTNB-1" của văn bản "9579/UBND-KSTT"

      Dữ liệu:
        | cơ quan chủ trì                        | loại cơ quan                           |
        | Phòng Quản lý xây dựng - Sở Xây dựng   | phòng, ban, đơn vị thuộc sở            |
        | Trung tâm Phục vụ hành chính công tỉnh | Trung tâm Phục vụ hành chính công tỉnh |
        | Văn phòng UBND tỉnh                    | Văn phòng UBND tỉnh                    |
        | UBND cấp huyện                         | UBND cấp huyện                         |

  Quy tắc: Đúng cơ quan chủ trì; thủ tục giải quyết ở sở, ngành khác (QTNB-02)

    @QTNB-02
    Kịch bản: Sở quản lý chuyên ngành xây dựng quy trình nội bộ của thủ tục do mình giải quyết
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-02"

    @QTNB-02
    Kịch bản: Quy trình nội bộ do một sở khác với sở quản lý chuyên ngành xây dựng
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và không có phát hiện "QTNB-01"

    @QTNB-02
    Kịch bản: Thủ tục do Sở Xây dựng trình nhưng Sở Nông nghiệp và Phát triển nông thôn giải quyết: Sở Nông nghiệp xây dựng quy trình
      Cho thủ tục "1.009972", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Xây dựng quản lý
      Và thủ tục do Sở Nông nghiệp và Phát triển nông thôn tiếp nhận, giải quyết ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009972" do Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-02"

    @QTNB-02
    Kịch bản: Thủ tục do Sở Nông nghiệp và Phát triển nông thôn giải quyết nhưng Sở Xây dựng xây dựng quy trình cấp tỉnh
      Cho thủ tục "1.009972", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Xây dựng quản lý
      Và thủ tục do Sở Nông nghiệp và Phát triển nông thôn tiếp nhận, giải quyết ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009972" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009972"
      Và phát hiện "QTNB-02" ghi nhận:
        | thông tin                     | giá trị                                |
        | cơ quan xây dựng quy trình    | Sở Xây dựng                            |
        | cơ quan quản lý               | Sở Xây dựng                            |
        | cơ quan tiếp nhận, giải quyết | Sở Nông nghiệp và Phát triển nông thôn |
      Và phát hiện "QTNB-02" viện dẫn "§QTNB-5" của văn bản "9579/UBND-KSTT"

    @QTNB-02
    Kịch bản: Ở cấp huyện, sở quản lý chuyên ngành xây dựng quy trình dù cấp tỉnh do sở khác giải quyết
      Cho thủ tục "1.009972", thực hiện ở cấp tỉnh và cấp huyện
      Và thủ tục do Sở Xây dựng quản lý
      Và thủ tục do Sở Nông nghiệp và Phát triển nông thôn tiếp nhận, giải quyết ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009972" do Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ cấp huyện của thủ tục "1.009972" do Sở Xây dựng chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-02"

    @QTNB-02
    Kịch bản: Ở cấp huyện, sở chỉ giải quyết ở cấp tỉnh không thay sở quản lý chuyên ngành
      Cho thủ tục "1.009972", thực hiện ở cấp tỉnh và cấp huyện
      Và thủ tục do Sở Xây dựng quản lý
      Và thủ tục do Sở Nông nghiệp và Phát triển nông thôn tiếp nhận, giải quyết ở cấp tỉnh
      Và quy trình nội bộ cấp huyện của thủ tục "1.009972" do Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-02" về quy trình nội bộ cấp huyện của thủ tục "1.009972"

    @QTNB-02
    Kịch bản: Thủ tục giải quyết tại Trung tâm (không phải một sở): sở quản lý chuyên ngành xây dựng quy trình cấp tỉnh
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và thủ tục do Trung tâm Phục vụ hành chính công tỉnh tiếp nhận, giải quyết ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-02"

    @QTNB-02
    Kịch bản: Không ghi mã cơ quan chủ trì thì không so sánh được cơ quan chủ trì
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ không ghi mã cơ quan chủ trì
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-02"

  Quy tắc: Cấp tỉnh, tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh: phối hợp với Trung tâm (QTNB-03)

    @QTNB-03
    Kịch bản: Quy trình cấp tỉnh phối hợp với Trung tâm Phục vụ hành chính công tỉnh
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và thủ tục được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-03"

    @QTNB-03
    Kịch bản: Quy trình cấp tỉnh không phối hợp với Trung tâm Phục vụ hành chính công tỉnh
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và thủ tục được tiếp nhận, trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Phòng Quản lý xây dựng - Sở Xây dựng"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-03" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "QTNB-03" ghi nhận:
        | thông tin        | giá trị                     |
        | cơ quan phối hợp | phòng, ban, đơn vị thuộc sở |

    @QTNB-03
    Kịch bản: Thủ tục tiếp nhận, giải quyết tại cơ quan, đơn vị thì không phải phối hợp với Trung tâm
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và thủ tục được tiếp nhận, trả kết quả tại cơ quan, đơn vị
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-03"

    @QTNB-03
    Kịch bản: Quy trình cấp huyện không phải phối hợp với Trung tâm Phục vụ hành chính công tỉnh
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh và cấp huyện
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ cấp huyện của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-03"

  Quy tắc: Cấp huyện, cấp xã: phối hợp với UBND cấp huyện (QTNB-04)

    @QTNB-04
    Kịch bản: Quy trình cấp huyện và cấp xã phối hợp với UBND cấp huyện
      Cho thủ tục "2.000908", thực hiện ở cấp huyện và cấp xã
      Và thủ tục do Sở Tư pháp quản lý
      Và quy trình nội bộ cấp huyện và cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-04"

    @QTNB-04
    Kịch bản: Quy trình cấp xã chỉ phối hợp với Trung tâm hành chính công cấp huyện, không phối hợp với UBND cấp huyện
      Cho thủ tục "2.001019", thực hiện ở cấp xã
      Và thủ tục do Sở Tư pháp quản lý
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-04" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và phát hiện "QTNB-04" ghi nhận:
        | thông tin        | giá trị                                          |
        | cơ quan phối hợp | Trung tâm hành chính công cấp huyện; UBND cấp xã |
      Và phát hiện "QTNB-04" viện dẫn "§QTNB-3" của văn bản "9579/UBND-KSTT"

    @QTNB-04
    Kịch bản: Quy trình cấp huyện không phối hợp với cơ quan nào
      Cho thủ tục "2.000908", thực hiện ở cấp huyện và cấp xã
      Và thủ tục do Sở Tư pháp quản lý
      Và quy trình nội bộ cấp huyện của thủ tục "2.000908" do Sở Tư pháp chủ trì
      Và quy trình nội bộ cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-04" về quy trình nội bộ cấp huyện của thủ tục "2.000908"
      Và không có phát hiện "QTNB-04" về quy trình nội bộ cấp xã của thủ tục "2.000908"

    @QTNB-04
    Kịch bản: Quy trình cấp tỉnh không phải phối hợp với UBND cấp huyện
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-04"

  Quy tắc: Hồ sơ không ghi mã cơ quan: đối chiếu cơ quan chủ trì theo tên (QTNB-14)

    Bối cảnh:
      Cho thủ tục "1.009994", thực hiện ở cấp tỉnh
      Và thủ tục ghi cơ quan quản lý là "Sở Xây dựng", không ghi mã
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"

    @QTNB-14 @QTNB-02
    Khung kịch bản: Tên cơ quan chủ trì được so sánh sau khi chuẩn hóa cách viết
      Cho quy trình nội bộ ghi cơ quan chủ trì là "<tên cơ quan chủ trì>", không ghi mã
      Khi kiểm tra hồ sơ
      Thì <QTNB-14> phát hiện "QTNB-14" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và không có phát hiện "QTNB-02"

      Dữ liệu:
        | tên cơ quan chủ trì        | QTNB-14  |
        | Sở Xây dựng                | không có |
        | SỞ XÂY DỰNG                | không có |
        | Sở  Xây   dựng             | không có |
        | Sở Xây dựng                | không có |
        | Sở Xây dựng tỉnh Vĩnh Phúc | không có |
        | Sở Xây dựng Tỉnh VĨNH PHÚC | không có |
        | Sở Xây dựng tỉnh Cao Bằng  | có       |
        | Sở Tư pháp                 | có       |
        | Sở Xây dựng và Quy hoạch   | có       |

    @QTNB-14
    Kịch bản: Tên khác nhau: người thẩm định xem xét, không từ chối
      Cho quy trình nội bộ ghi cơ quan chủ trì là "Sở Giao thông vận tải", không ghi mã
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTNB-14" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994" ở mức "cảnh báo"
      Và phát hiện "QTNB-14" ghi nhận:
        | thông tin                           | giá trị               |
        | tên cơ quan chủ trì xây dựng        | Sở Giao thông vận tải |
        | tên cơ quan có trách nhiệm xây dựng | Sở Xây dựng           |
      Và phát hiện "QTNB-14" có nội dung "do «Sở Giao thông vận tải» xây dựng, khác tên cơ quan có trách nhiệm xây dựng là «Sở Xây dựng»"
      Và phát hiện "QTNB-14" viện dẫn "§QTNB-5" của văn bản "9579/UBND-KSTT"

    @QTNB-14
    Kịch bản: Dấu thanh đặt theo kiểu cũ hay kiểu mới là cùng một tên
      Cho thủ tục "1.001440", thực hiện ở cấp tỉnh
      Và thủ tục ghi cơ quan quản lý là "Sở Văn hóa, Thể thao và Du lịch", không ghi mã
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.001440" do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ ghi cơ quan chủ trì là "Sở Văn hoá, Thể thao và Du lịch tỉnh Vĩnh Phúc", không ghi mã
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-14"

    @QTNB-14
    Kịch bản: Cả hai cơ quan đều ghi mã thì so sánh theo mã (QTNB-02), không theo tên
      Cho thủ tục "1.009995", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009995" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009995"
      Và không có phát hiện "QTNB-14" về quy trình nội bộ cấp tỉnh của thủ tục "1.009995"

    @QTNB-14
    Kịch bản: Thủ tục do sở khác tiếp nhận, giải quyết ở cấp tỉnh: so với tên sở đó
      Cho thủ tục "1.009972", thực hiện ở cấp tỉnh
      Và thủ tục ghi cơ quan quản lý là "Sở Xây dựng", không ghi mã
      Và thủ tục ghi cơ quan tiếp nhận, giải quyết ở cấp tỉnh là "Sở Nông nghiệp và Phát triển nông thôn", không ghi mã
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009972" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ ghi cơ quan chủ trì là "Sở Xây dựng", không ghi mã
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-14" về quy trình nội bộ cấp tỉnh của thủ tục "1.009972"
      Và phát hiện "QTNB-14" về quy trình nội bộ cấp tỉnh của thủ tục "1.009972" ghi nhận:
        | thông tin                           | giá trị                                |
        | tên cơ quan có trách nhiệm xây dựng | Sở Nông nghiệp và Phát triển nông thôn |

    @QTNB-14 @QTNB-02
    Kịch bản: Cơ quan chủ trì không ghi tên, cũng không ghi mã: không đối chiếu được
      Cho quy trình nội bộ không ghi tên, mã cơ quan chủ trì
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-14"
      Và không có phát hiện "QTNB-02"

    @QTNB-14
    Khung kịch bản: Đối chiếu theo tên, trước và từ ngày áp dụng Văn bản 9579/UBND-KSTT
      Cho hồ sơ gửi ngày <ngày gửi>
      Và quy trình nội bộ ghi cơ quan chủ trì là "Sở Tư pháp", không ghi mã
      Khi kiểm tra hồ sơ
      Thì <QTNB-14> phát hiện "QTNB-14" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"

      Dữ liệu:
        | ngày gửi   | QTNB-14  |
        | 28/11/2019 | không có |
        | 29/11/2019 | có       |
