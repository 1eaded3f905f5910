# language: vi
Tính năng: Chuyển giao từ Nghị định 61/2018/NĐ-CP sang Nghị định 118/2025/NĐ-CP ngày 01/07/2025
  Nghị định 118/2025/NĐ-CP ngày 09/6/2025 có hiệu lực từ ngày 01/07/2025 và thay thế Nghị định
  61/2018/NĐ-CP về cơ chế một cửa. Hồ sơ gửi đến hết ngày 30/06/2025 được kiểm tra theo Nghị định
  61/2018/NĐ-CP (ND61-01, ND61-02); hồ sơ gửi từ ngày 01/07/2025, theo Nghị định 118/2025/NĐ-CP
  (ND118-01, ND118-02). Cùng một bảng các bước vượt thời hạn giải quyết bị phát hiện theo văn bản
  có hiệu lực vào ngày gửi hồ sơ, ở mọi tỉnh.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 30/06/2025
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
    Và quy trình nội bộ có các bước:
      | bước | công việc                 | người thực hiện                          | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ | Trung tâm Phục vụ hành chính công cấp xã | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký | Công chức Văn phòng HĐND và UBND cấp xã  | 8 giờ làm việc       |
      | 3    | Ký chứng thực             | Lãnh đạo UBND cấp xã                     | 8 giờ làm việc       |
      | 4    | Trả kết quả               | Trung tâm Phục vụ hành chính công cấp xã | Không tính thời gian |

  @ND61-02 @ND118-02
  Khung kịch bản: Bảng các bước vượt thời hạn, gửi ngày 30/06/2025 và ngày 01/07/2025
    Cho hồ sơ gửi ngày <ngày gửi>
    Và hồ sơ thuộc <tỉnh>
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và <ND61-02> phát hiện "ND61-02" về quy trình nội bộ cấp xã của thủ tục "2.001019"
    Và <ND118-02> phát hiện "ND118-02" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | ngày gửi   | tỉnh           | ND61-02  | ND118-02 |
      | 30/06/2025 | tỉnh Vĩnh Phúc | có       | không có |
      | 01/07/2025 | tỉnh Vĩnh Phúc | không có | có       |
      | 30/06/2025 | tỉnh Cao Bằng  | có       | không có |
      | 01/07/2025 | tỉnh Cao Bằng  | không có | có       |

  @ND118-01
  Khung kịch bản: Quy trình nội bộ thiếu người thực hiện, trước và từ ngày 01/07/2025
    Cho hồ sơ gửi ngày <ngày gửi>
    Và quy trình nội bộ có các bước:
      | bước | công việc                 | người thực hiện                          | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ | Trung tâm Phục vụ hành chính công cấp xã | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký |                                          | 8 giờ làm việc       |
      | 3    | Ký chứng thực             | Lãnh đạo UBND cấp xã                     | 4 giờ làm việc       |
      | 4    | Trả kết quả               | Trung tâm Phục vụ hành chính công cấp xã | Không tính thời gian |
    Khi kiểm tra hồ sơ
    Thì <ND118-01> phát hiện "ND118-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
    Và <ND61-01> phát hiện "ND61-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | ngày gửi   | ND118-01 | ND61-01  |
      | 30/06/2025 | không có | có       |
      | 01/07/2025 | có       | không có |
