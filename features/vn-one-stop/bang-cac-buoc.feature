# language: vi
Tính năng: Bảng các bước của quy trình nội bộ theo cơ chế một cửa
  Nghị định 61/2018/NĐ-CP, Điều 19 khoản 6: phải nêu rõ nội dung công việc, thời hạn giải quyết
  của từng cơ quan; Thông tư 01/2018/TT-VPCP, Điều 8. Mỗi bước nêu công việc, người thực hiện
  và thời gian (bước «Không tính thời gian», như trả kết quả, không cần thời gian).
  Nghị định 61/2018/NĐ-CP, Điều 5 khoản 1 điểm đ: không được kéo dài thời gian giải quyết. Tổng
  thời gian các bước được tính thời gian (1 ngày làm việc = 8 giờ làm việc) không được vượt thời
  hạn giải quyết của thủ tục; bước thiếu thời gian được tính là 0.
  Bảng các bước dưới đây lấy từ các quyết định phê duyệt quy trình nội bộ tháng 11/2025 (Lạng Sơn
  2487/QĐ-UBND, Nghệ An 3857/QĐ-UBND).

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Khoa học và Công nghệ nộp ngày 20/11/2025
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                                            | người thực hiện            | thời gian            |
      | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ; chuyển hồ sơ         | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
      | B2   | Phân công xử lý hồ sơ                                | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
      | B3   | Thẩm định hồ sơ, dự thảo Tờ trình đề nghị UBND tỉnh  | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
      | B4   | Xem xét Tờ trình, trình Lãnh đạo Sở                  | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
      | B5   | Ký duyệt Tờ trình                                    | Lãnh đạo Sở                | 02 ngày              |
      | B6   | Ban hành Tờ trình                                    | Văn thư Sở                 | 0,5 ngày             |
      | B7   | Ban hành Quyết định công nhận và cấp Giấy công nhận  | UBND tỉnh                  | 05 ngày              |
      | B8   | Trả kết quả giải quyết TTHC; thống kê, theo dõi      | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
    Và thủ tục "1.014440", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 15 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"

  Quy tắc: Mỗi bước nêu công việc, người thực hiện và thời gian (ND61-01)

    @ND61-01 @ND61-02
    Kịch bản: Bảng các bước đầy đủ, tổng thời gian đúng bằng thời hạn giải quyết
      Khi kiểm tra hồ sơ
      Thì kết quả là "chấp nhận"
      Và áp dụng bộ quy định "vn-one-stop"
      Và không có phát hiện "ND61-01"
      Và không có phát hiện "ND61-02"

    @ND61-01
    Kịch bản: Quy trình nội bộ không có bảng các bước
      Cho quy trình nội bộ không có bảng các bước
      Khi kiểm tra hồ sơ
      Thì kết quả là "từ chối"
      Và có phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND61-01" ghi nhận:
        | thông tin | giá trị |
        | số bước   | 0       |
      Và phát hiện "ND61-01" viện dẫn "Điều 19 khoản 6 điểm a" của văn bản "Nghị định 61/2018/NĐ-CP"

    @ND61-01
    Kịch bản: Bước thiếu công việc, bước thiếu người thực hiện: một phát hiện nêu từng bước
      Cho quy trình nội bộ có các bước:
        | bước | công việc                           | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ      | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   |                                     | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ                     | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
        | B4   | Xem xét Tờ trình                    | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình                   |                            | 02 ngày              |
        | B6   | Ban hành Tờ trình                   | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận       | UBND tỉnh                  | 05 ngày              |
        | B8   | Trả kết quả giải quyết TTHC         | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "từ chối"
      Và phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440" ghi nhận:
        | thông tin                        | giá trị  |
        | các bước thiếu nội dung công việc | 2        |
        | các bước thiếu người thực hiện   | 5        |
        | các bước thiếu thời gian         | không có |

    @ND61-01 @ND61-02
    Kịch bản: Bước được tính thời gian nhưng không ghi thời gian: thiếu, và tính là 0 vào tổng
      Cho quy trình nội bộ có các bước:
        | bước | công việc                           | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ      | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ               | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ                     | Chuyên viên Phòng QLCN&TĐC |                      |
        | B4   | Xem xét Tờ trình                    | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình                   | Lãnh đạo Sở                | 02 ngày              |
        | B6   | Ban hành Tờ trình                   | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận       | UBND tỉnh                  |                      |
        | B8   | Trả kết quả giải quyết TTHC         | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND61-01" ghi nhận:
        | thông tin                | giá trị |
        | các bước thiếu thời gian | 3, 7    |
      Và không có phát hiện "ND61-02"

    @ND61-01
    Kịch bản: Bước trả kết quả không tính thời gian thì không cần ghi thời gian
      Cho quy trình nội bộ có các bước:
        | bước | công việc                          | người thực hiện          | thời gian            |
        | 1    | Tiếp nhận, kiểm tra, số hóa hồ sơ  | Công chức tại TTPVHCC    | 4 giờ làm việc       |
        | 2    | Thẩm định, trình ký kết quả        | Chuyên viên phòng        | 14 ngày làm việc     |
        | 3    | Trả kết quả                        | Công chức tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "chấp nhận"
      Và không có phát hiện "ND61-01"

  Quy tắc: Không kéo dài thời hạn giải quyết (ND61-02)

    @ND61-02
    Khung kịch bản: Tổng thời gian các bước so với thời hạn 15 ngày làm việc
      Cho quy trình nội bộ có các bước:
        | bước | công việc                           | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ      | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ               | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ                     | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
        | B4   | Xem xét Tờ trình                    | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình                   | Lãnh đạo Sở                | 02 ngày              |
        | B6   | Ban hành Tờ trình                   | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận       | UBND tỉnh                  | <thời gian B7>       |
        | B8   | Trả kết quả giải quyết TTHC         | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <ND61-02> phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"

      Dữ liệu:
        | thời gian B7 | kết quả   | ND61-02  |
        | 05 ngày      | chấp nhận | không có |
        | 40 giờ       | chấp nhận | không có |
        | 4,5 ngày     | chấp nhận | không có |
        | 41 giờ       | từ chối   | có       |
        | 5,5 ngày     | từ chối   | có       |

    @ND61-02
    Kịch bản: Tổng thời gian vượt thời hạn nửa ngày làm việc
      Cho quy trình nội bộ gồm 8 bước, tổng thời gian 15,5 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND61-02" ghi nhận:
        | thông tin               | giá trị          |
        | tổng thời gian các bước | 124 giờ          |
        | thời hạn giải quyết     | 15 ngày làm việc |
      Và phát hiện "ND61-02" viện dẫn "Điều 5 khoản 1 điểm đ" của văn bản "Nghị định 61/2018/NĐ-CP"

    @ND61-02
    Khung kịch bản: Thời hạn tính bằng giờ làm việc (quy trình cấp xã, Nghệ An)
      Cho thủ tục "1.012994", thực hiện ở cấp xã
      Và thủ tục do Sở Nông nghiệp và Môi trường quản lý
      Và thời hạn giải quyết là 168 giờ làm việc
      Và quy trình nội bộ cấp xã của thủ tục "1.012994" do Sở Nông nghiệp và Môi trường chủ trì, phối hợp với "UBND cấp xã"
      Và quy trình nội bộ có các bước:
        | bước   | công việc                                              | người thực hiện                                  | thời gian            |
        | Bước 1 | Kiểm tra, hướng dẫn, tiếp nhận hồ sơ                   | Công chức tại Trung tâm Phục vụ hành chính công  | 04 giờ               |
        | Bước 2 | Nhận hồ sơ, phân công công chức xử lý hồ sơ            | Lãnh đạo Phòng Kinh tế                           | 04 giờ               |
        | Bước 3 | Xử lý, thẩm định hồ sơ; dự thảo kết quả giải quyết     | Chuyên viên Phòng Kinh tế                        | <thời gian bước 3>   |
        | Bước 4 | Thẩm tra, xác nhận dự thảo kết quả giải quyết          | Lãnh đạo Phòng Kinh tế                           | 24 giờ               |
        | Bước 5 | Ký phê duyệt văn bản xác nhận số tiền bồi thường       | Lãnh đạo UBND cấp xã                             | 16 giờ               |
        | Bước 6 | Vào số văn bản; chuyển kết quả đến cơ quan Thuế        | Văn thư UBND cấp xã                              | 08 giờ               |
        | Bước 7 | Thông báo và trả kết quả cho tổ chức, cá nhân          | Trung tâm Phục vụ hành chính công                | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì <ND61-02> phát hiện "ND61-02" về quy trình nội bộ cấp xã của thủ tục "1.012994"
      Và không có phát hiện "ND61-01"

      Dữ liệu:
        | thời gian bước 3 | ND61-02  |
        | 112 giờ          | không có |
        | 14 ngày          | không có |
        | 113 giờ          | có       |

    @ND61-02
    Kịch bản: Thời hạn 12 ngày làm việc, các bước ghi theo giờ làm việc
      Cho thủ tục "2.002755", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Nội vụ quản lý
      Và thời hạn giải quyết là 12 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "2.002755" do Sở Nội vụ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 14 bước, tổng thời gian 97 giờ làm việc
      Khi kiểm tra hồ sơ
      Thì phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "2.002755" ghi nhận:
        | thông tin               | giá trị |
        | tổng thời gian các bước | 97 giờ  |
        | thời hạn giải quyết     | 96 giờ  |

    @ND61-02
    Kịch bản: Thủ tục không ghi thời hạn giải quyết thì không so sánh
      Cho thủ tục "1.014445", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 4 bước, tổng thời gian 30 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"
