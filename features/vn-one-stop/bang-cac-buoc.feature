# language: vi
Tính năng: Bảng các bước của quy trình nội bộ theo cơ chế một cửa (Nghị định 61/2018/NĐ-CP, đến hết 30/06/2025)
  Nghị định 61/2018/NĐ-CP, Điều 19 khoản 6: phải nêu rõ nội dung công việc, thời hạn giải quyết
  của từng cơ quan; Thông tư 01/2018/TT-VPCP, Điều 8. Mỗi bước nêu công việc, người thực hiện
  và thời gian (bước «Không tính thời gian», như trả kết quả, không cần thời gian).
  Nghị định 61/2018/NĐ-CP, Điều 5 khoản 1 điểm đ: không được kéo dài thời gian giải quyết. Tổng
  thời gian các bước được tính thời gian (1 ngày làm việc = 8 giờ làm việc, cộng chính xác theo
  số thập phân) không được vượt thời hạn giải quyết; tổng bằng thời hạn thì không vượt; bước
  thiếu thời gian được tính là 0. Khi một thủ tục có nhiều trường hợp với thời hạn khác nhau, quy
  trình của mỗi trường hợp được so với thời hạn riêng của trường hợp đó.
  Từ ngày 01/07/2025 các kiểm tra này tiếp tục theo Nghị định 118/2025/NĐ-CP (ND118-01, ND118-02,
  xem vn-one-stop-2025/).

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Xây dựng gửi ngày 12/06/2023
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                                           | người thực hiện                    | thời gian            |
      | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ; chuyển hồ sơ        | Công chức một cửa tại TTPVHCC      | 0,5 ngày             |
      | B2   | Phân công xử lý hồ sơ                               | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày             |
      | B3   | Thẩm định hồ sơ, kiểm tra thực địa, dự thảo kết quả | Chuyên viên Phòng Quản lý xây dựng | 14 ngày              |
      | B4   | Xem xét hồ sơ, trình Lãnh đạo Sở                    | Lãnh đạo Phòng Quản lý xây dựng    | 02 ngày              |
      | B5   | Ký cấp giấy phép                                    | Lãnh đạo Sở                        | 02 ngày              |
      | B6   | Vào sổ, đóng dấu                                    | Văn thư Sở                         | 0,5 ngày             |
      | B7   | Chuyển kết quả đến Trung tâm                        | Văn thư Sở                         | 0,5 ngày             |
      | B8   | Trả kết quả giải quyết TTHC                         | Công chức một cửa tại TTPVHCC      | Không tính thời gian |
    Và thủ tục "1.009994", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 20 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"

  Quy tắc: Mỗi bước nêu công việc, người thực hiện và thời gian (ND61-01)

    @ND61-01 @ND61-02
    Kịch bản: Bảng các bước đầy đủ, tổng thời gian đúng bằng thời hạn giải quyết
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và áp dụng bộ quy định về một cửa theo Nghị định 61/2018
      Và không áp dụng bộ quy định về một cửa theo Nghị định 118/2025
      Và không có phát hiện "ND61-01"
      Và không có phát hiện "ND61-02"

    @ND61-01
    Kịch bản: Quy trình nội bộ không có bảng các bước
      Cho quy trình nội bộ không có bảng các bước
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "ND61-01" ghi nhận:
        | thông tin | giá trị |
        | số bước   | 0       |
      Và phát hiện "ND61-01" viện dẫn "Điều 19 khoản 6 điểm a" của văn bản "Nghị định 61/2018/NĐ-CP"
      Và phát hiện "ND61-01" có nội dung "chưa có bảng các bước"

    @ND61-01
    Kịch bản: Bước thiếu công việc, bước thiếu người thực hiện: một phát hiện nêu từng bước
      Cho quy trình nội bộ có các bước:
        | bước | công việc                    | người thực hiện                    | thời gian            |
        | B1   | Tiếp nhận hồ sơ              | Công chức một cửa tại TTPVHCC      | 0,5 ngày             |
        | B2   |                              | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ              | Chuyên viên Phòng Quản lý xây dựng | 14 ngày              |
        | B4   | Xem xét, trình Lãnh đạo Sở   | Lãnh đạo Phòng Quản lý xây dựng    | 02 ngày              |
        | B5   | Ký cấp giấy phép             |                                    | 02 ngày              |
        | B6   | Vào sổ, đóng dấu             | Văn thư Sở                         | 0,5 ngày             |
        | B7   | Chuyển kết quả đến Trung tâm | Văn thư Sở                         | 0,5 ngày             |
        | B8   | Trả kết quả giải quyết TTHC  | Công chức một cửa tại TTPVHCC      | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994" ghi nhận:
        | thông tin                         | giá trị  |
        | các bước thiếu nội dung công việc | B2       |
        | các bước thiếu người thực hiện    | B5       |
        | các bước thiếu thời gian          | không có |
      Và phát hiện "ND61-01" có nội dung "bước 2 thiếu nội dung công việc; bước 5 thiếu người thực hiện"
      Và phát hiện "ND61-01" không có nội dung "thiếu thời gian"

    @ND61-01 @ND61-02
    Kịch bản: Bước được tính thời gian nhưng không ghi thời gian: thiếu, và tính là 0 vào tổng
      Cho quy trình nội bộ có các bước:
        | bước | công việc                    | người thực hiện                    | thời gian            |
        | B1   | Tiếp nhận hồ sơ              | Công chức một cửa tại TTPVHCC      | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ        | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ              | Chuyên viên Phòng Quản lý xây dựng |                      |
        | B4   | Xem xét, trình Lãnh đạo Sở   | Lãnh đạo Phòng Quản lý xây dựng    | 02 ngày              |
        | B5   | Ký cấp giấy phép             | Lãnh đạo Sở                        | 02 ngày              |
        | B6   | Vào sổ, đóng dấu             | Văn thư Sở                         | 0,5 ngày             |
        | B7   | Chuyển kết quả đến Trung tâm | Văn thư Sở                         |                      |
        | B8   | Trả kết quả giải quyết TTHC  | Công chức một cửa tại TTPVHCC      | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "ND61-01" ghi nhận:
        | thông tin                | giá trị |
        | các bước thiếu thời gian | B3, B7  |
      Và phát hiện "ND61-01" có nội dung "các bước 3 và 7 được tính thời gian nhưng không ghi thời gian"
      Và không có phát hiện "ND61-02"

    @ND61-01
    Kịch bản: Bước trả kết quả không tính thời gian thì không cần ghi thời gian
      Cho quy trình nội bộ có các bước:
        | bước | công việc                         | người thực hiện       | thời gian            |
        | 1    | Tiếp nhận, kiểm tra, số hóa hồ sơ | Công chức tại TTPVHCC | 4 giờ làm việc       |
        | 2    | Thẩm định, trình ký kết quả       | Chuyên viên phòng     | 19 ngày làm việc     |
        | 3    | Trả kết quả                       | Công chức tại TTPVHCC | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "ND61-01"

    @ND61-01
    Khung kịch bản: Thông tư 01/2018/TT-VPCP được viện dẫn từ ngày có hiệu lực 06/01/2019
      Cho hồ sơ gửi ngày <ngày gửi>
      Và quy trình nội bộ không có bảng các bước
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "ND61-01" <viện dẫn> văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "ND61-01" viện dẫn văn bản "Nghị định 61/2018/NĐ-CP"

      Dữ liệu:
        | ngày gửi   | viện dẫn       |
        | 05/01/2019 | không viện dẫn |
        | 06/01/2019 | viện dẫn       |

  Quy tắc: Không kéo dài thời hạn giải quyết (ND61-02)

    @ND61-02
    Khung kịch bản: Tổng thời gian các bước so với thời hạn 20 ngày làm việc
      Cho quy trình nội bộ có các bước:
        | bước | công việc                    | người thực hiện                    | thời gian            |
        | B1   | Tiếp nhận hồ sơ              | Công chức một cửa tại TTPVHCC      | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ        | Lãnh đạo Phòng Quản lý xây dựng    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ              | Chuyên viên Phòng Quản lý xây dựng | 14 ngày              |
        | B4   | Xem xét, trình Lãnh đạo Sở   | Lãnh đạo Phòng Quản lý xây dựng    | 02 ngày              |
        | B5   | Ký cấp giấy phép             | Lãnh đạo Sở                        | <thời gian B5>       |
        | B6   | Vào sổ, đóng dấu             | Văn thư Sở                         | 0,5 ngày             |
        | B7   | Chuyển kết quả đến Trung tâm | Văn thư Sở                         | 0,5 ngày             |
        | B8   | Trả kết quả giải quyết TTHC  | Công chức một cửa tại TTPVHCC      | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <ND61-02> phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"

      Dữ liệu:
        | thời gian B5 | kết quả                             | ND61-02  |
        | 02 ngày      | Đạt                                 | không có |
        | 16 giờ       | Đạt                                 | không có |
        | 1,5 ngày     | Đạt                                 | không có |
        | 17 giờ       | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
        | 2,5 ngày     | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

    @ND61-02
    Kịch bản: Tổng thời gian vượt thời hạn nửa ngày làm việc
      Cho quy trình nội bộ gồm 8 bước, tổng thời gian 20,5 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009994"
      Và phát hiện "ND61-02" ghi nhận:
        | thông tin               | giá trị          |
        | tổng thời gian các bước | 164 giờ          |
        | thời hạn giải quyết     | 20 ngày làm việc |
      Và phát hiện "ND61-02" viện dẫn "Điều 5 khoản 1 điểm đ" của văn bản "Nghị định 61/2018/NĐ-CP"
      Và phát hiện "ND61-02" có nội dung "là 20,5 ngày làm việc, vượt thời hạn giải quyết 20 ngày làm việc"

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
      Và phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "2.002755" có nội dung "là 12 ngày 1 giờ làm việc, vượt thời hạn giải quyết 12 ngày làm việc"

    @ND61-02
    Kịch bản: Các bước cộng chính xác theo số thập phân: tổng bằng thời hạn thì không vượt
      Cho thủ tục "2.000884", thực hiện ở cấp xã
      Và thủ tục do Sở Tư pháp quản lý
      Và thời hạn giải quyết là 0,6 ngày làm việc
      Và quy trình nội bộ cấp xã của thủ tục "2.000884" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ có các bước:
        | bước | công việc                  | người thực hiện             | thời gian            |
        | 1    | Tiếp nhận, kiểm tra hồ sơ  | Bộ phận một cửa UBND cấp xã | 0,1 ngày             |
        | 2    | Đối chiếu chữ ký, trình ký | Công chức Tư pháp - Hộ tịch | 0,2 ngày             |
        | 3    | Ký chứng thực              | Lãnh đạo UBND cấp xã        | 0,3 ngày             |
        | 4    | Trả kết quả                | Bộ phận một cửa UBND cấp xã | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "ND61-02" về quy trình nội bộ cấp xã của thủ tục "2.000884"

    @ND61-02
    Kịch bản: Thủ tục không ghi thời hạn giải quyết thì không so sánh
      Cho thủ tục "1.009995", thực hiện ở cấp tỉnh
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009995" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 4 bước, tổng thời gian 30 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009995"

  Quy tắc: Thời hạn riêng của từng trường hợp (ND61-02)

    Bối cảnh:
      Cho thủ tục "1.009972", thực hiện ở cấp tỉnh
      Và thời hạn giải quyết là 15 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009972", trường hợp "a) Dự án nhóm B", do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 8 bước, tổng thời gian 15 ngày làm việc

    @ND61-02
    Khung kịch bản: Quy trình của một trường hợp so với thời hạn riêng của trường hợp đó, nếu hồ sơ nêu
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.009972", trường hợp "b) Dự án nhóm A", do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 12 bước, tổng thời gian 25 ngày làm việc
      Và thời hạn giải quyết của trường hợp này là <thời hạn riêng>
      Khi kiểm tra hồ sơ
      Thì <ND61-02> phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009972", trường hợp "b) Dự án nhóm A"
      Và không có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009972", trường hợp "a) Dự án nhóm B"

      Dữ liệu:
        | thời hạn riêng   | ND61-02  |
        | 25 ngày làm việc | không có |
        | 30 ngày làm việc | không có |
        | 24 ngày làm việc | có       |

    @ND61-02
    Kịch bản: Trường hợp không có thời hạn riêng thì so với thời hạn của thủ tục
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.009972", trường hợp "b) Dự án nhóm A", do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 12 bước, tổng thời gian 25 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.009972", trường hợp "b) Dự án nhóm A" ghi nhận:
        | thông tin               | giá trị          |
        | tổng thời gian các bước | 25 ngày          |
        | thời hạn giải quyết     | 15 ngày làm việc |
      Và phát hiện "ND61-02" có nội dung "trường hợp «b) Dự án nhóm A»"
