# language: vi
Tính năng: Quy trình điện tử khớp với quy trình nội bộ đã được phê duyệt
  Văn bản số 9579/UBND-KSTT, §QTDT-0: quy trình điện tử được xây dựng «trên cơ sở nội dung quy
  trình nội bộ giải quyết TTHC được Chủ tịch UBND tỉnh phê duyệt». Cách hiểu (ghi trong danh mục
  quy tắc): quy trình điện tử phản ánh đúng quy trình nội bộ, nên số bước và tổng thời gian các
  bước được tính thời gian (quy đổi ra giờ làm việc, 1 ngày làm việc = 8 giờ) phải bằng nhau.
  Bước ghi «Không tính thời gian» vẫn là một bước, nhưng không cộng vào tổng thời gian.
  Bảng các bước dưới đây lấy từ quy trình nội bộ thực tế (Quyết định 2487/QĐ-UBND tỉnh Lạng Sơn).

  Bối cảnh:
    Cho hồ sơ quy trình điện tử của Sở Khoa học và Công nghệ nộp ngày 17/03/2022
    Và các quy trình điện tử căn cứ Quyết định "2487/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và các quy trình điện tử được xây dựng trên Phần mềm một cửa dùng chung của tỉnh
    Và thủ tục "1.014440", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 15 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình nội bộ có các bước:
      | bước | công việc                                                  | người thực hiện              | thời gian            |
      | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ; chuyển hồ sơ               | CCMC của Sở tại TTPVHCC      | 0,5 ngày             |
      | B2   | Phân công xử lý hồ sơ                                      | Lãnh đạo Phòng QLCN&TĐC      | 0,5 ngày             |
      | B3   | Thẩm định hồ sơ, dự thảo Tờ trình đề nghị UBND tỉnh        | Chuyên viên Phòng QLCN&TĐC   | 4,5 ngày             |
      | B4   | Xem xét Tờ trình, trình Lãnh đạo Sở                        | Lãnh đạo Phòng QLCN&TĐC      | 02 ngày              |
      | B5   | Ký duyệt Tờ trình                                          | Lãnh đạo Sở                  | 02 ngày              |
      | B6   | Ban hành Tờ trình                                          | Văn thư Sở                   | 0,5 ngày             |
      | B7   | Ban hành Quyết định công nhận và cấp Giấy công nhận        | UBND tỉnh                    | 05 ngày              |
      | B8   | Trả kết quả giải quyết TTHC; thống kê, theo dõi            | CCMC của Sở tại TTPVHCC      | Không tính thời gian |

  @QTDT-09
  Kịch bản: Quy trình điện tử có cùng các bước và thời gian với quy trình nội bộ
    Cho quy trình điện tử cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử có các bước:
      | bước | công việc                                 | người thực hiện            | thời gian            |
      | 1    | Tiếp nhận hồ sơ trên phần mềm             | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
      | 2    | Phân công xử lý                           | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
      | 3    | Thẩm định hồ sơ                           | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
      | 4    | Xem xét, trình Lãnh đạo Sở                | Lãnh đạo Phòng QLCN&TĐC    | 2 ngày               |
      | 5    | Ký duyệt                                  | Lãnh đạo Sở                | 2 ngày               |
      | 6    | Ban hành Tờ trình                         | Văn thư Sở                 | 0,5 ngày             |
      | 7    | UBND tỉnh ban hành Quyết định             | UBND tỉnh                  | 5 ngày               |
      | 8    | Trả kết quả                               | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
    Khi kiểm tra hồ sơ
    Thì kết quả là "chấp nhận"
    Và không có phát hiện "QTDT-09"

  @QTDT-09
  Kịch bản: Cùng số bước và cùng tổng thời gian, ghi theo giờ làm việc thay cho ngày
    Cho quy trình điện tử cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử gồm 8 bước, tổng thời gian 120 giờ làm việc
    Khi kiểm tra hồ sơ
    Thì không có phát hiện "QTDT-09"

  @QTDT-09
  Kịch bản: Quy trình điện tử bỏ bước trả kết quả không tính thời gian: số bước khác nhau
    Cho quy trình điện tử cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử gồm 7 bước, tổng thời gian 15 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "cần xem xét"
    Và phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.014440" ở mức "cảnh báo"
    Và phát hiện "QTDT-09" ghi nhận:
      | thông tin                           | giá trị          |
      | số bước                             | 7                |
      | số bước của quy trình nội bộ        | 8                |
      | tổng thời gian các bước             | 15 ngày          |
      | tổng thời gian của quy trình nội bộ | 120 giờ          |
    Và phát hiện "QTDT-09" viện dẫn "§QTDT-0" của văn bản "9579/UBND-KSTT"

  @QTDT-09
  Kịch bản: Cùng số bước nhưng tổng thời gian ít hơn nửa ngày
    Cho quy trình điện tử cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử gồm 8 bước, tổng thời gian 14,5 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì có phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.014440"
    Và phát hiện "QTDT-09" ghi nhận:
      | thông tin                           | giá trị  |
      | số bước                             | 8        |
      | số bước của quy trình nội bộ        | 8        |
      | tổng thời gian các bước             | 116 giờ  |
      | tổng thời gian của quy trình nội bộ | 120 giờ  |

  @QTDT-09
  Kịch bản: Quy trình điện tử tính thời gian cho bước trả kết quả
    Cho quy trình điện tử cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử có các bước:
      | bước | công việc                     | người thực hiện            | thời gian |
      | 1    | Tiếp nhận hồ sơ trên phần mềm | CCMC của Sở tại TTPVHCC    | 0,5 ngày  |
      | 2    | Phân công xử lý               | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày  |
      | 3    | Thẩm định hồ sơ               | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày  |
      | 4    | Xem xét, trình Lãnh đạo Sở    | Lãnh đạo Phòng QLCN&TĐC    | 2 ngày    |
      | 5    | Ký duyệt                      | Lãnh đạo Sở                | 2 ngày    |
      | 6    | Ban hành Tờ trình             | Văn thư Sở                 | 0,5 ngày  |
      | 7    | UBND tỉnh ban hành Quyết định | UBND tỉnh                  | 5 ngày    |
      | 8    | Trả kết quả                   | CCMC của Sở tại TTPVHCC    | 4 giờ     |
    Khi kiểm tra hồ sơ
    Thì phát hiện "QTDT-09" ghi nhận:
      | thông tin                           | giá trị |
      | tổng thời gian các bước             | 124 giờ |
      | tổng thời gian của quy trình nội bộ | 120 giờ |

  @QTDT-09
  Kịch bản: Quy trình điện tử chưa khai báo các bước thì không so sánh
    Cho quy trình điện tử cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử không có bảng các bước
    Khi kiểm tra hồ sơ
    Thì kết quả là "chấp nhận"
    Và không có phát hiện "QTDT-09"

  @QTDT-09
  Kịch bản: Hồ sơ không kèm quy trình nội bộ của thủ tục thì không so sánh
    Cho thủ tục "1.014445", thực hiện ở cấp tỉnh
    Và quy trình điện tử cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình điện tử gồm 3 bước, tổng thời gian 10 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì không có phát hiện "QTDT-09" về quy trình điện tử cấp tỉnh của thủ tục "1.014445"
