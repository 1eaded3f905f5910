# language: vi
Tính năng: Thủ tục bị bãi bỏ không cần bảng các bước
  Từ bản v3 của danh mục quy tắc: quy trình nội bộ của thủ tục bị bãi bỏ (trong hồ sơ trình công
  bố) không bị xét theo ND118-01, ND118-02: thủ tục sắp chấm dứt không cần bảng các bước. v2 nêu
  «chưa có bảng các bước» cho quy trình nội bộ của thủ tục cấp huyện đang bị bãi bỏ.

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Tư pháp gửi ngày 15/09/2025
    Và hồ sơ thuộc tỉnh Hà Tĩnh
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố; dự thảo Quyết định phê duyệt quy trình nội bộ

  @ND118-01 @ND118-02
  Khung kịch bản: Quy trình nội bộ không có bảng các bước, của thủ tục bị bãi bỏ hay mới ban hành
    Cho thủ tục "2.001019" <thay đổi>, thực hiện ở cấp xã
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
    Và quy trình nội bộ không có bảng các bước
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <ND118-01> phát hiện "ND118-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
    Và không có phát hiện "ND118-02"

    Dữ liệu:
      | thay đổi     | kết quả                             | ND118-01 |
      | bãi bỏ       | Đạt                                 | không có |
      | mới ban hành | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

  @ND118-02
  Khung kịch bản: Tổng thời gian các bước vượt thời hạn, của thủ tục bị bãi bỏ hay sửa đổi
    Cho thủ tục "2.001019" <thay đổi>, thực hiện ở cấp xã
    Và thủ tục thay đổi: thời hạn giải quyết
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
    Và quy trình nội bộ gồm 3 bước, tổng thời gian 3 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <ND118-02> phát hiện "ND118-02" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | thay đổi         | kết quả                             | ND118-02 |
      | bãi bỏ           | Đạt                                 | không có |
      | sửa đổi, bổ sung | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
