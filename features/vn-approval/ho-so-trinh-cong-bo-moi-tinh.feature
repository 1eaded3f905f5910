# language: vi
Tính năng: Hồ sơ trình công bố thủ tục hành chính ở mọi tỉnh
  Hồ sơ trình công bố gồm Tờ trình (hoặc văn bản đề nghị, xem van-ban-de-nghi.feature) và dự thảo
  Quyết định công bố. Từ bản v3 của danh mục quy tắc, CB-01 thuộc bộ quy định quốc gia về hồ sơ
  trình phê duyệt, áp dụng cho mọi tỉnh từ ngày 06/01/2019; với hồ sơ của tỉnh Vĩnh Phúc đến
  30/06/2025 còn viện dẫn §QTNB-6 của Văn bản 9579/UBND-KSTT.

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Tư pháp tỉnh Cao Bằng gửi ngày 20/11/2025
    Và hồ sơ thuộc tỉnh Cao Bằng
    Và hồ sơ gửi Văn phòng UBND tỉnh Cao Bằng
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và thủ tục "2.000908" sửa đổi, bổ sung, thực hiện ở cấp xã
    Và thủ tục thay đổi: phí, lệ phí

  @CB-01
  Khung kịch bản: Hồ sơ trình công bố của tỉnh Cao Bằng, có hay không có Tờ trình
    Cho hồ sơ gồm: <văn bản kèm theo>
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <CB-01> phát hiện "CB-01" về hồ sơ trình

    Dữ liệu:
      | văn bản kèm theo                     | kết quả                             | CB-01    |
      | Tờ trình; dự thảo Quyết định công bố | Đạt                                 | không có |
      | dự thảo Quyết định công bố           | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
      | Tờ trình                             | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

  @CB-01
  Kịch bản: Hồ sơ công bố thiếu Tờ trình viện dẫn các văn bản quốc gia về công bố thủ tục
    Cho hồ sơ gồm: dự thảo Quyết định công bố
    Khi kiểm tra hồ sơ
    Thì có phát hiện "CB-01" về hồ sơ trình
    Và phát hiện "CB-01" ghi nhận:
      | thông tin         | giá trị  |
      | văn bản còn thiếu | Tờ trình |
    Và phát hiện "CB-01" viện dẫn văn bản "Nghị định 63/2010/NĐ-CP"
    Và phát hiện "CB-01" viện dẫn văn bản "Thông tư 02/2017/TT-VPCP"
    Và phát hiện "CB-01" không viện dẫn văn bản "9579/UBND-KSTT"

  @QTNB-15 @CB-01
  Kịch bản: Hồ sơ công bố đề nghị bằng văn bản thay cho Tờ trình
    Cho hồ sơ gồm: văn bản đề nghị; dự thảo Quyết định công bố
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và có phát hiện "QTNB-15" về hồ sơ trình
    Và không có phát hiện "CB-01"
