# language: vi
Tính năng: Thời điểm áp dụng cơ chế một cửa (Nghị định 61/2018/NĐ-CP)
  Nghị định 61/2018/NĐ-CP có hiệu lực từ ngày 21/06/2018; đó là quy định sớm nhất trong bộ quy
  tắc. Hồ sơ gửi trước ngày đó không có quy định nào để áp dụng: kết quả là «Chưa có quy định áp
  dụng», không có phát hiện nào; hồ sơ vẫn phải đúng quy cách.
  Từ ngày 01/07/2025 Nghị định 118/2025/NĐ-CP thay thế Nghị định 61/2018/NĐ-CP về cơ chế một cửa:
  các kiểm tra ND61-01, ND61-02 áp dụng đến hết ngày 30/06/2025 và tiếp tục từ ngày 01/07/2025 là
  ND118-01, ND118-02.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 21/06/2018
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"

  @ND61-01
  Khung kịch bản: Quy trình nội bộ không có bảng các bước, gửi trước và từ ngày 21/06/2018
    Cho hồ sơ gửi ngày <ngày gửi>
    Và quy trình nội bộ không có bảng các bước
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <áp dụng> bộ quy định về một cửa theo Nghị định 61/2018
    Và không áp dụng Văn bản 9579/UBND-KSTT
    Và <ND61-01> phát hiện "ND61-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | ngày gửi   | kết quả                             | áp dụng       | ND61-01  |
      | 01/01/2018 | Chưa có quy định áp dụng            | không áp dụng | không có |
      | 20/06/2018 | Chưa có quy định áp dụng            | không áp dụng | không có |
      | 21/06/2018 | Chưa đạt — đề nghị hoàn thiện hồ sơ | áp dụng       | có       |

  Kịch bản: Hồ sơ gửi khi chưa có quy định nào vẫn được kiểm tra quy cách
    Cho hồ sơ gửi ngày 20/06/2018
    Và thủ tục "1.014.111", thực hiện ở cấp tỉnh
    Khi kiểm tra hồ sơ
    Thì hồ sơ bị trả lại vì mã thủ tục "1.014.111" sai quy cách

  Kịch bản: Trước ngày 21/06/2018 không có phát hiện nào
    Cho hồ sơ gửi ngày 20/06/2018
    Và hồ sơ không kèm văn bản nào
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa có quy định áp dụng"
    Và không áp dụng bộ quy định nào
    Và không có phát hiện nào

  @ND61-01 @ND118-01
  Khung kịch bản: Quy trình nội bộ không có bảng các bước, trước và từ ngày 01/07/2025
    Cho hồ sơ gửi ngày <ngày gửi>
    Và quy trình nội bộ không có bảng các bước
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và <vn-one-stop> bộ quy định về một cửa theo Nghị định 61/2018
    Và <vn-one-stop-2025> bộ quy định về một cửa theo Nghị định 118/2025
    Và <ND61-01> phát hiện "ND61-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
    Và <ND118-01> phát hiện "ND118-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | ngày gửi   | vn-one-stop   | vn-one-stop-2025 | ND61-01  | ND118-01 |
      | 30/06/2025 | áp dụng       | không áp dụng    | có       | không có |
      | 01/07/2025 | không áp dụng | áp dụng          | không có | có       |
