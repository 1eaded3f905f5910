# language: vi
Tính năng: Đối chiếu hồ sơ với sổ đăng ký thủ tục (Văn bản 9579/UBND-KSTT)
  Sổ đăng ký thủ tục ghi các thủ tục hành chính của tỉnh và các quy trình nội bộ đã được Chủ
  tịch UBND tỉnh phê duyệt (theo quyết định nào, ngày nào, gồm những bước nào), ở từng cấp.
  Khi kiểm tra hồ sơ có đối chiếu với sổ đăng ký, những điều hồ sơ không nêu được lấy từ sổ:
  - thủ tục đã có quy trình nội bộ được phê duyệt hay chưa (§QTNB-6, §CHUNG): đã có khi sổ có
    quy trình nội bộ đang có hiệu lực cho MỌI cấp thực hiện thủ tục nêu trong hồ sơ;
  - quy trình nội bộ đã phê duyệt để so sánh với quy trình điện tử (§QTDT-0), khi hồ sơ không
    kèm quy trình nội bộ của thủ tục ở cấp đó;
  - quyết định mà quy trình nội bộ sửa đổi (§QTNB-7) hoặc quy trình điện tử làm căn cứ
    (§QTDT-0) có phải là quyết định phê duyệt quy trình nội bộ của chính thủ tục và cấp đó mà
    sổ đăng ký có hay không (quyết định đang có hiệu lực hoặc đã được thay thế đều tính là có).
    Số quyết định được so sánh không phân biệt cách viết (Quyết định số 1580/QD-UBND =
    1580/QĐ-UBND). Quy tắc này (REG-01) áp dụng cho mọi tỉnh: xem
    vn-registry/quyet-dinh-trong-so-dang-ky.feature.
  Thủ tục mà sổ đăng ký không có, và quyết định dẫn chiếu khi sổ chưa có quy trình nội bộ nào
  của thủ tục, thì không đối chiếu: kết quả như khi kiểm tra không có sổ đăng ký. Kết quả ghi rõ
  những thông tin nào lấy từ sổ đăng ký.

  Bối cảnh:
    Cho sổ đăng ký thủ tục có thủ tục "2.000815" "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận" thực hiện ở cấp huyện và cấp xã
    Và sổ đăng ký có quy trình nội bộ của thủ tục "2.000815" ở cấp xã được phê duyệt theo Quyết định "2870/QĐ-UBND" ngày 15/10/2020
    Và sổ đăng ký có quy trình nội bộ của thủ tục "2.000815" ở cấp huyện được phê duyệt theo Quyết định "1420/QĐ-UBND" ngày 20/04/2022, gồm 5 bước, tổng thời gian 8 giờ làm việc
    Và sổ đăng ký có quy trình nội bộ của thủ tục "2.000815" ở cấp xã được phê duyệt theo Quyết định "1580/QĐ-UBND" ngày 12/05/2022 gồm các bước:
      | bước | công việc                                 | người thực hiện             | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ                 | Bộ phận một cửa UBND cấp xã | 2 giờ làm việc       |
      | 2    | Đối chiếu bản sao với bản chính, trình ký | Công chức Tư pháp - Hộ tịch | 4 giờ làm việc       |
      | 3    | Ký chứng thực                             | Lãnh đạo UBND cấp xã        | 2 giờ làm việc       |
      | 4    | Vào sổ chứng thực, trả kết quả            | Bộ phận một cửa UBND cấp xã | Không tính thời gian |

  Quy tắc: Quy trình điện tử xây dựng trên quy trình nội bộ đã được phê duyệt mà sổ đăng ký có (REG-01, QTDT-09)

    Bối cảnh:
      Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày 15/03/2023
      Và các quy trình điện tử được xây dựng trên Phần mềm một cửa dùng chung của tỉnh
      Và các quy trình điện tử đã kết nối Cổng dịch vụ công quốc gia
      Và thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình điện tử cấp xã của thủ tục "2.000815" do UBND cấp xã chủ trì, phối hợp với:
        | cơ quan phối hợp                    |
        | Trung tâm hành chính công cấp huyện |
        | cán bộ quản trị phần mềm cấp huyện  |
        | Phòng Kiểm soát TTHC                |

    @REG-01 @QTDT-09
    Kịch bản: Quy trình điện tử có cùng các bước và thời gian với quy trình nội bộ trong sổ đăng ký
      Cho quy trình điện tử căn cứ Quyết định "1580/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử có các bước:
        | bước | công việc                     | người thực hiện             | thời gian            |
        | 1    | Tiếp nhận hồ sơ trên phần mềm | Bộ phận một cửa UBND cấp xã | 2 giờ làm việc       |
        | 2    | Đối chiếu, trình ký           | Công chức Tư pháp - Hộ tịch | 4 giờ làm việc       |
        | 3    | Ký chứng thực trên phần mềm   | Lãnh đạo UBND cấp xã        | 2 giờ làm việc       |
        | 4    | Trả kết quả                   | Bộ phận một cửa UBND cấp xã | Không tính thời gian |
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-09"
      Và không có phát hiện "REG-01"
      Và kết quả ghi rõ "số bước và tổng thời gian của quy trình nội bộ" của quy trình điện tử cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký
      Và kết quả ghi rõ "quyết định làm căn cứ có trong sổ đăng ký" của quy trình điện tử cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "có"

    @QTDT-09
    Kịch bản: Quy trình điện tử ít bước hơn quy trình nội bộ trong sổ đăng ký
      Cho quy trình điện tử căn cứ Quyết định "1580/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử gồm 3 bước, tổng thời gian 8 giờ làm việc
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTDT-09" về quy trình điện tử cấp xã của thủ tục "2.000815" ở mức "cảnh báo"
      Và phát hiện "QTDT-09" ghi nhận:
        | thông tin                           | giá trị |
        | số bước                             | 3       |
        | số bước của quy trình nội bộ        | 4       |
        | tổng thời gian các bước             | 8 giờ   |
        | tổng thời gian của quy trình nội bộ | 8 giờ   |
      Và kết quả ghi rõ "số bước và tổng thời gian của quy trình nội bộ" của quy trình điện tử cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký

    @QTDT-09
    Kịch bản: Cùng hồ sơ đó, kiểm tra không đối chiếu sổ đăng ký thì không có quy trình nội bộ để so sánh
      Cho quy trình điện tử căn cứ Quyết định "1580/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử gồm 3 bước, tổng thời gian 8 giờ làm việc
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-09"

    @QTDT-09
    Kịch bản: Hồ sơ kèm quy trình nội bộ cấp xã thì so sánh với quy trình trong hồ sơ, không lấy từ sổ đăng ký
      Cho quy trình điện tử căn cứ Quyết định "1580/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử gồm 3 bước, tổng thời gian 8 giờ làm việc
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ gồm 3 bước, tổng thời gian 8 giờ làm việc
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì không có phát hiện "QTDT-09"
      Và kết quả không ghi "số bước và tổng thời gian của quy trình nội bộ" của quy trình điện tử cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký

    @REG-01 @QTDT-09
    Kịch bản: Quy trình điện tử của thủ tục không có trong sổ đăng ký: kiểm tra như khi không có sổ
      Cho thủ tục "2.001035", thực hiện ở cấp huyện và cấp xã
      Và quy trình điện tử cấp xã của thủ tục "2.001035" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "cán bộ quản trị phần mềm cấp huyện" và "Phòng Kiểm soát TTHC"
      Và quy trình điện tử căn cứ Quyết định "1234/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử gồm 3 bước, tổng thời gian 8 giờ làm việc
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì không có phát hiện "REG-01" về quy trình điện tử cấp xã của thủ tục "2.001035"
      Và không có phát hiện "QTDT-09" về quy trình điện tử cấp xã của thủ tục "2.001035"
      Và kết quả không ghi "quyết định làm căn cứ có trong sổ đăng ký" của quy trình điện tử cấp xã của thủ tục "2.001035" lấy từ sổ đăng ký
      Và kết quả không ghi "số bước và tổng thời gian của quy trình nội bộ" của quy trình điện tử cấp xã của thủ tục "2.001035" lấy từ sổ đăng ký

  Quy tắc: Thủ tục đã có quy trình nội bộ được phê duyệt hay chưa, theo sổ đăng ký (QTNB-09, CHUNG-01)

    Bối cảnh:
      Cho hồ sơ trình công bố của Sở Tư pháp gửi ngày 15/08/2022
      Và hồ sơ gửi Văn phòng UBND tỉnh
      Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố

    @QTNB-09 @CHUNG-01
    Kịch bản: Sổ đăng ký có quy trình nội bộ được phê duyệt ở mọi cấp: được miễn trình kèm
      Cho thủ tục "2.000815" sửa đổi, bổ sung, thực hiện ở cấp huyện và cấp xã
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và phát hiện "QTNB-09" về thủ tục "2.000815" ở mức "thông tin"
      Và không có phát hiện "CHUNG-01"
      Và không có phát hiện "QTNB-08"
      Và kết quả ghi rõ "đã có quy trình nội bộ được phê duyệt" của thủ tục "2.000815" lấy từ sổ đăng ký là "có"

    @QTNB-09 @CHUNG-01
    Kịch bản: Sổ đăng ký có thủ tục nhưng chưa có quy trình nội bộ được phê duyệt
      Cho sổ đăng ký thủ tục có thủ tục "2.001019" "Chứng thực di chúc" thực hiện ở cấp huyện và cấp xã
      Và thủ tục "2.001019" sửa đổi, bổ sung, thực hiện ở cấp huyện và cấp xã
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "CHUNG-01" về thủ tục "2.001019"
      Và phát hiện "CHUNG-01" về thủ tục "2.001019" ghi nhận:
        | thông tin                             | giá trị          |
        | loại thay đổi                         | sửa đổi, bổ sung |
        | đã có quy trình nội bộ được phê duyệt | không            |
      Và không có phát hiện "QTNB-09"
      Và kết quả ghi rõ "đã có quy trình nội bộ được phê duyệt" của thủ tục "2.001019" lấy từ sổ đăng ký là "không"

    @CHUNG-01
    Kịch bản: Trước ngày quy trình cấp huyện được phê duyệt, thủ tục chưa có quy trình nội bộ ở mọi cấp
      Cho hồ sơ gửi ngày 10/03/2022
      Và thủ tục "2.000815" sửa đổi, bổ sung, thực hiện ở cấp huyện và cấp xã
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì có phát hiện "CHUNG-01" về thủ tục "2.000815"
      Và kết quả ghi rõ "đã có quy trình nội bộ được phê duyệt" của thủ tục "2.000815" lấy từ sổ đăng ký là "không"

    @CHUNG-01
    Kịch bản: Thủ tục chỉ thực hiện ở cấp xã, nơi sổ đăng ký có quy trình nội bộ được phê duyệt
      Cho hồ sơ gửi ngày 10/03/2022
      Và thủ tục "2.000815" sửa đổi, bổ sung, thực hiện ở cấp xã
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì không có phát hiện "CHUNG-01"
      Và kết quả ghi rõ "đã có quy trình nội bộ được phê duyệt" của thủ tục "2.000815" lấy từ sổ đăng ký là "có"

    @QTNB-09 @CHUNG-01
    Kịch bản: Hồ sơ nêu thủ tục đã có quy trình nội bộ được phê duyệt thì không lấy từ sổ đăng ký
      Cho sổ đăng ký thủ tục có thủ tục "2.001019" "Chứng thực di chúc" thực hiện ở cấp huyện và cấp xã
      Và thủ tục "2.001019" sửa đổi, bổ sung, thực hiện ở cấp huyện và cấp xã
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Và thủ tục đã có quy trình nội bộ được phê duyệt
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và có phát hiện "QTNB-09" về thủ tục "2.001019"
      Và không có phát hiện "CHUNG-01"
      Và kết quả không ghi "đã có quy trình nội bộ được phê duyệt" của thủ tục "2.001019" lấy từ sổ đăng ký

    @QTNB-09 @CHUNG-01
    Kịch bản: Thủ tục không có trong sổ đăng ký: chưa rõ đã có quy trình nội bộ, được miễn trình kèm
      Cho thủ tục "2.001035" sửa đổi, bổ sung, thực hiện ở cấp huyện và cấp xã
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và có phát hiện "QTNB-09" về thủ tục "2.001035"
      Và không có phát hiện "CHUNG-01"
      Và kết quả không ghi thông tin nào lấy từ sổ đăng ký
