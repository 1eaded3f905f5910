# language: vi
Tính năng: Quy trình điện tử khớp với quy trình nội bộ đã được phê duyệt
  Văn bản số 9579/UBND-KSTT, §QTDT-0: quy trình điện tử được xây dựng «trên cơ sở nội dung quy
  trình nội bộ giải quyết TTHC được Chủ tịch UBND tỉnh phê duyệt». Cách hiểu (ghi trong danh mục
  quy tắc): quy trình điện tử phản ánh đúng quy trình nội bộ, nên số bước và tổng thời gian các
  bước được tính thời gian (quy đổi ra giờ làm việc, 1 ngày làm việc = 8 giờ) phải bằng nhau.
  Bước ghi «Không tính thời gian» vẫn là một bước, nhưng không cộng vào tổng thời gian.
  Bảng các bước dưới đây ghi theo cách các quyết định phê duyệt quy trình nội bộ trình bày (nửa
  ngày ghi «0,5 ngày», số ngày ghi «02 ngày», bước trả kết quả «Không tính thời gian»).
  Một thủ tục có thể có nhiều quy trình ở một cấp, mỗi quy trình cho một trường hợp (ví dụ «a)
  Trường hợp không thành lập hội đồng»): quy trình điện tử được so với quy trình nội bộ cùng
  trường hợp; nếu không có quy trình nội bộ nào của trường hợp đó thì với quy trình nội bộ duy
  nhất của thủ tục ở cấp đó.

  Bối cảnh:
    Cho hồ sơ quy trình điện tử của Sở Xây dựng gửi ngày 17/03/2022
    Và các quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và các quy trình điện tử được xây dựng trên Phần mềm một cửa dùng chung của tỉnh
    Và thủ tục "1.009994", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 20 ngày làm việc

  Quy tắc: Cùng số bước và cùng tổng thời gian với quy trình nội bộ (QTDT-09)

    Bối cảnh:
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ có các bước:
        | bước | công việc                                           | người thực hiện                    | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ; chuyển hồ sơ        | Công chức một cửa tại TTPVHCC      | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ                               | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ, kiểm tra thực địa, dự thảo kết quả | Chuyên viên Phòng Quản lý xây dựng | 14 ngày              |
        | B4   | Xem xét hồ sơ, trình Lãnh đạo Sở                    | Lãnh đạo Phòng Quản lý xây dựng    | 02 ngày              |
        | B5   | Ký cấp giấy phép                                    | Lãnh đạo Sở                        | 02 ngày              |
        | B6   | Vào sổ, đóng dấu                                    | Văn thư Sở                         | 0,5 ngày             |
        | B7   | Chuyển kết quả đến Trung tâm                        | Văn thư Sở                         | 0,5 ngày             |
        | B8   | Trả kết quả giải quyết TTHC                         | Công chức một cửa tại TTPVHCC      | Không tính thời gian |

    @QTDT-09
    Kịch bản: Quy trình điện tử có cùng các bước và thời gian với quy trình nội bộ
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử có các bước:
        | bước | công việc                     | người thực hiện                    | thời gian            |
        | 1    | Tiếp nhận hồ sơ trên phần mềm | Công chức một cửa tại TTPVHCC      | 0,5 ngày             |
        | 2    | Phân công xử lý               | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày             |
        | 3    | Thẩm định hồ sơ               | Chuyên viên Phòng Quản lý xây dựng | 14 ngày              |
        | 4    | Xem xét, trình Lãnh đạo Sở    | Lãnh đạo Phòng Quản lý xây dựng    | 2 ngày               |
        | 5    | Ký cấp giấy phép              | Lãnh đạo Sở                        | 2 ngày               |
        | 6    | Vào sổ, đóng dấu              | Văn thư Sở                         | 0,5 ngày             |
        | 7    | Chuyển kết quả                | Văn thư Sở                         | 0,5 ngày             |
        | 8    | Trả kết quả                   | Công chức một cửa tại TTPVHCC      | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-09"

    @QTDT-09
    Kịch bản: Cùng số bước và cùng tổng thời gian, ghi theo giờ làm việc thay cho ngày
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm 8 bước, tổng thời gian 160 giờ làm việc
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTDT-09"

    @QTDT-09
    Kịch bản: Quy trình điện tử bỏ bước trả kết quả không tính thời gian: số bước khác nhau
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm 7 bước, tổng thời gian 20 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.009994" ở mức "cảnh báo"
      Và phát hiện "QTDT-09" ghi nhận:
        | thông tin                           | giá trị |
        | số bước                             | 7       |
        | số bước của quy trình nội bộ        | 8       |
        | tổng thời gian các bước             | 20 ngày |
        | tổng thời gian của quy trình nội bộ | 160 giờ |
      Và phát hiện "QTDT-09" viện dẫn "§QTDT-0" của văn bản "9579/UBND-KSTT"
      Và phát hiện "QTDT-09" có nội dung "quy trình điện tử có 7 bước, quy trình nội bộ có 8 bước"
      Và phát hiện "QTDT-09" không có nội dung "tổng thời gian"

    @QTDT-09
    Kịch bản: Cùng số bước nhưng tổng thời gian ít hơn nửa ngày
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm 8 bước, tổng thời gian 19,5 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "QTDT-09" ghi nhận:
        | thông tin                           | giá trị |
        | số bước                             | 8       |
        | số bước của quy trình nội bộ        | 8       |
        | tổng thời gian các bước             | 156 giờ |
        | tổng thời gian của quy trình nội bộ | 160 giờ |
      Và phát hiện "QTDT-09" có nội dung "tổng thời gian của quy trình điện tử là 19,5 ngày làm việc, của quy trình nội bộ là 20 ngày làm việc"
      Và phát hiện "QTDT-09" không có nội dung "bước, quy trình nội bộ có"

    @QTDT-09
    Kịch bản: Quy trình điện tử tính thời gian cho bước trả kết quả
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử có các bước:
        | bước | công việc                     | người thực hiện                    | thời gian |
        | 1    | Tiếp nhận hồ sơ trên phần mềm | Công chức một cửa tại TTPVHCC      | 0,5 ngày  |
        | 2    | Phân công xử lý               | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày  |
        | 3    | Thẩm định hồ sơ               | Chuyên viên Phòng Quản lý xây dựng | 14 ngày   |
        | 4    | Xem xét, trình Lãnh đạo Sở    | Lãnh đạo Phòng Quản lý xây dựng    | 2 ngày    |
        | 5    | Ký cấp giấy phép              | Lãnh đạo Sở                        | 2 ngày    |
        | 6    | Vào sổ, đóng dấu              | Văn thư Sở                         | 0,5 ngày  |
        | 7    | Chuyển kết quả                | Văn thư Sở                         | 0,5 ngày  |
        | 8    | Trả kết quả                   | Công chức một cửa tại TTPVHCC      | 4 giờ     |
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTDT-09" ghi nhận:
        | thông tin                           | giá trị |
        | tổng thời gian các bước             | 164 giờ |
        | tổng thời gian của quy trình nội bộ | 160 giờ |
      Và phát hiện "QTDT-09" có nội dung "tổng thời gian của quy trình điện tử là 20,5 ngày làm việc"

    @QTDT-09
    Kịch bản: Quy trình điện tử chưa khai báo các bước thì không so sánh
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử không có bảng các bước
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-09"

    @QTDT-09
    Kịch bản: Hồ sơ không kèm quy trình nội bộ của thủ tục thì không so sánh
      Cho thủ tục "1.009995", thực hiện ở cấp tỉnh
      Và quy trình điện tử cấp tỉnh của thủ tục "1.009995" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm 3 bước, tổng thời gian 10 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.009995"

  Quy tắc: Nhiều trường hợp của một thủ tục ở một cấp: so với quy trình nội bộ cùng trường hợp (QTDT-09)

    Bối cảnh:
      Cho thủ tục "1.014445", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Khoa học và Công nghệ quản lý
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.014445", trường hợp "a) Trường hợp không thành lập hội đồng tư vấn", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 8 bước, tổng thời gian 15 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.014445", trường hợp "b) Trường hợp thành lập hội đồng tư vấn", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 19 bước, tổng thời gian 27 ngày làm việc

    @QTDT-09
    Khung kịch bản: Quy trình điện tử của từng trường hợp được so với quy trình nội bộ cùng trường hợp
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445", trường hợp "<trường hợp>", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm <số bước> bước, tổng thời gian <tổng thời gian>
      Khi kiểm tra hồ sơ
      Thì <QTDT-09> phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.014445", trường hợp "<trường hợp>"

      Dữ liệu:
        | trường hợp                                    | số bước | tổng thời gian   | QTDT-09  |
        | a) Trường hợp không thành lập hội đồng tư vấn | 8       | 15 ngày làm việc | không có |
        | b) Trường hợp thành lập hội đồng tư vấn       | 19      | 27 ngày làm việc | không có |
        | a) Trường hợp không thành lập hội đồng tư vấn | 19      | 27 ngày làm việc | có       |
        | b) Trường hợp thành lập hội đồng tư vấn       | 8       | 15 ngày làm việc | có       |
        | b)  Trường hợp  thành lập hội đồng tư vấn     | 8       | 15 ngày làm việc | có       |

    @QTDT-09
    Kịch bản: Trường hợp của quy trình điện tử không có quy trình nội bộ nào cùng trường hợp, mà thủ tục có hai: không so sánh
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445", trường hợp "c) Trường hợp cấp lại", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm 3 bước, tổng thời gian 5 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTDT-09"

    @QTDT-09
    Kịch bản: Phát hiện về một trường hợp nêu rõ trường hợp đó
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014445", trường hợp "a) Trường hợp không thành lập hội đồng tư vấn", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm 7 bước, tổng thời gian 15 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTDT-09" có nội dung "điện tử cấp tỉnh của thủ tục 1.014445, trường hợp «a) Trường hợp không thành lập hội đồng tư vấn»"

  Quy tắc: Thủ tục chỉ có một quy trình nội bộ ở cấp đó: quy trình điện tử của mọi trường hợp so với quy trình ấy (QTDT-09)

    Bối cảnh:
      Cho thủ tục "1.014446", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Khoa học và Công nghệ quản lý
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.014446" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 6 bước, tổng thời gian 10 ngày làm việc

    @QTDT-09
    Khung kịch bản: Quy trình điện tử ghi một trường hợp, quy trình nội bộ duy nhất không ghi trường hợp
      Cho quy trình điện tử cấp tỉnh của thủ tục "1.014446", trường hợp "Cấp lại Giấy chứng nhận", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình điện tử gồm <số bước> bước, tổng thời gian 10 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì <QTDT-09> phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.014446"

      Dữ liệu:
        | số bước | QTDT-09  |
        | 6       | không có |
        | 5       | có       |
