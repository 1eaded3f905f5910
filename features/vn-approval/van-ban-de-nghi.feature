# language: vi
Tính năng: Đề nghị bằng văn bản thay cho Tờ trình
  Thông tư 01/2018/TT-VPCP Điều 8 khoản 3 điểm a (và §QTNB-4 của Văn bản 9579/UBND-KSTT với tỉnh
  Vĩnh Phúc) nêu hồ sơ trình gồm Tờ trình và dự thảo Quyết định. Các quyết định thực tế năm 2025
  cũng dẫn «Theo đề nghị của … tại Văn bản số …»: một văn bản đề nghị thay cho Tờ trình. Văn bản
  đề nghị được tính là văn bản đề nghị của hồ sơ (QTNB-06, CB-01 không nêu thiếu Tờ trình), và
  QTNB-15 (cảnh báo) đề nghị người thẩm định xem xét văn bản đó có thay được Tờ trình hay không.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Khoa học và Công nghệ tỉnh Cao Bằng gửi ngày 20/11/2025
    Và hồ sơ thuộc tỉnh Cao Bằng
    Và hồ sơ gửi Văn phòng UBND tỉnh Cao Bằng
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và thủ tục "1.014445", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 15 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ tỉnh Cao Bằng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng"
    Và quy trình nội bộ gồm 6 bước, tổng thời gian 15 ngày làm việc

  @QTNB-15 @QTNB-06
  Kịch bản: Hồ sơ đề nghị bằng văn bản, không có Tờ trình: người thẩm định xem xét
    Cho hồ sơ gồm: văn bản đề nghị; dự thảo Quyết định phê duyệt quy trình nội bộ
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và phát hiện "QTNB-15" về hồ sơ trình ở mức "cảnh báo"
    Và phát hiện "QTNB-15" ghi nhận:
      | thông tin        | giá trị                                                   |
      | văn bản kèm theo | văn bản đề nghị; dự thảo Quyết định phê duyệt quy trình nội bộ |
    Và phát hiện "QTNB-15" có nội dung "không có Tờ trình"
    Và không có phát hiện "QTNB-06"

  @QTNB-15
  Kịch bản: Hồ sơ có cả Tờ trình và văn bản đề nghị
    Cho hồ sơ gồm: Tờ trình; văn bản đề nghị; dự thảo Quyết định phê duyệt quy trình nội bộ
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTNB-15"

  @QTNB-15 @QTNB-06
  Kịch bản: Hồ sơ có Tờ trình, không có văn bản đề nghị
    Cho hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTNB-15"
    Và không có phát hiện "QTNB-06"

  @QTNB-15 @QTNB-06
  Kịch bản: Văn bản đề nghị không thay được dự thảo Quyết định phê duyệt
    Cho hồ sơ gồm: văn bản đề nghị
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và có phát hiện "QTNB-15" về hồ sơ trình
    Và phát hiện "QTNB-06" ghi nhận:
      | thông tin         | giá trị                                       |
      | văn bản còn thiếu | dự thảo Quyết định phê duyệt quy trình nội bộ |

  @QTNB-15
  Khung kịch bản: Văn bản đề nghị, trước và từ ngày Thông tư 01/2018/TT-VPCP có hiệu lực
    Cho hồ sơ gửi ngày <ngày gửi>
    Và hồ sơ gồm: văn bản đề nghị; dự thảo Quyết định phê duyệt quy trình nội bộ
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <QTNB-15> phát hiện "QTNB-15" về hồ sơ trình

    Dữ liệu:
      | ngày gửi   | kết quả          | QTNB-15  |
      | 05/01/2019 | Đạt              | không có |
      | 06/01/2019 | Cần xem xét thêm | có       |

  @QTNB-15
  Kịch bản: Hồ sơ của tỉnh Vĩnh Phúc năm 2024 đề nghị bằng văn bản: viện dẫn cả §QTNB-4
    Cho hồ sơ gửi ngày 12/06/2024
    Và hồ sơ thuộc tỉnh Vĩnh Phúc
    Và hồ sơ gồm: văn bản đề nghị; dự thảo Quyết định phê duyệt quy trình nội bộ
    Khi kiểm tra hồ sơ
    Thì có phát hiện "QTNB-15" về hồ sơ trình
    Và phát hiện "QTNB-15" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"
    Và căn cứ chính của phát hiện "QTNB-15" là "Điều 8 khoản 3 điểm a" của văn bản "Thông tư 01/2018/TT-VPCP"
