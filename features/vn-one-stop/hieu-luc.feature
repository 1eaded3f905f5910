# language: vi
Tính năng: Thời điểm áp dụng cơ chế một cửa (Nghị định 61/2018/NĐ-CP)
  Nghị định 61/2018/NĐ-CP có hiệu lực từ ngày 21/06/2018; đó là quy định sớm nhất trong bộ quy
  tắc. Hồ sơ nộp trước ngày đó không có quy định nào để áp dụng: kết quả là «không có quy định áp
  dụng», không có phát hiện nào; hồ sơ vẫn phải đúng quy cách.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp nộp ngày 21/06/2018
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"

  @ND61-01
  Khung kịch bản: Quy trình nội bộ không có bảng các bước, nộp trước và từ ngày 21/06/2018
    Cho hồ sơ nộp ngày <ngày nộp>
    Và quy trình nội bộ không có bảng các bước
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <áp dụng> bộ quy định "vn-one-stop"
    Và không áp dụng bộ quy định "vinhphuc-9579"
    Và <ND61-01> phát hiện "ND61-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | ngày nộp   | kết quả                   | áp dụng       | ND61-01  |
      | 01/01/2018 | không có quy định áp dụng | không áp dụng | không có |
      | 20/06/2018 | không có quy định áp dụng | không áp dụng | không có |
      | 21/06/2018 | từ chối                   | áp dụng       | có       |

  Kịch bản: Hồ sơ nộp khi chưa có quy định nào vẫn được kiểm tra quy cách
    Cho hồ sơ nộp ngày 20/06/2018
    Và thủ tục "1.014.111", thực hiện ở cấp tỉnh
    Khi kiểm tra hồ sơ
    Thì hồ sơ bị trả lại vì sai quy cách ở "procedures.1.code"

  Kịch bản: Trước ngày 21/06/2018 không có phát hiện nào
    Cho hồ sơ nộp ngày 20/06/2018
    Và hồ sơ không kèm văn bản nào
    Khi kiểm tra hồ sơ
    Thì kết quả là "không có quy định áp dụng"
    Và không áp dụng bộ quy định nào
    Và không có phát hiện nào
