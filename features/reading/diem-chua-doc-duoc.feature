# language: vi
Tính năng: Những điểm việc đọc văn bản chưa xác định được
  Hồ sơ được lập bằng cách đọc dự thảo Quyết định và Tờ trình mang theo những điểm việc đọc chưa
  xác định được: bảng các bước chưa gắn được với thủ tục và cấp nào (READ-01), tổng thời gian in
  trong bảng khác tổng các bước được tính (READ-02). Đây không phải quy định pháp luật: người thẩm
  định xác định từng điểm trước khi hồ sơ có thể «Đạt», nên một kết quả trên hồ sơ chưa đọc hết
  không bao giờ là «Đạt». Các điểm này được nêu ở mọi ngày, kể cả trước mọi quy định.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Khoa học và Công nghệ tỉnh Cao Bằng gửi ngày 20/11/2025
    Và hồ sơ thuộc tỉnh Cao Bằng
    Và hồ sơ gửi Văn phòng UBND tỉnh Cao Bằng
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "1.014445", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 15 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ tỉnh Cao Bằng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh Cao Bằng"
    Và quy trình nội bộ gồm 6 bước, tổng thời gian 15 ngày làm việc

  @READ-01 @READ-02
  Kịch bản: Hồ sơ đọc hết, không còn điểm nào chưa xác định
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "READ-01"
    Và không có phát hiện "READ-02"
    Và không áp dụng bộ quy định về những điểm chưa đọc được

  @READ-01
  Kịch bản: Một bảng chưa gắn được với thủ tục nào: hồ sơ không thể «Đạt»
    Cho việc đọc văn bản còn một bảng chưa gắn với thủ tục nào, ở "tệp du-thao.docx, bảng 5", tiêu đề "Quy trình giải quyết thủ tục công nhận tổ chức khoa học"
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và phát hiện "READ-01" về bảng ở "tệp du-thao.docx, bảng 5" ở mức "cảnh báo"
    Và phát hiện "READ-01" ghi nhận:
      | thông tin           | giá trị                                                 |
      | vị trí trong văn bản | tệp du-thao.docx, bảng 5                                |
      | tiêu đề của bảng    | Quy trình giải quyết thủ tục công nhận tổ chức khoa học |
    Và phát hiện "READ-01" có nội dung "chưa được kiểm tra"
    Và áp dụng bộ quy định về những điểm chưa đọc được

  @READ-01
  Kịch bản: Bảng không có tiêu đề được nêu theo vị trí
    Cho việc đọc văn bản còn một bảng chưa gắn với thủ tục nào, ở "tệp du-thao.html, bảng 2"
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và phát hiện "READ-01" có nội dung "Bảng ở tệp du-thao.html, bảng 2 chưa được xác định"

  @READ-02
  Kịch bản: Tổng thời gian in trong bảng khác tổng các bước
    Cho bảng các bước của quy trình nội bộ cấp tỉnh của thủ tục "1.014445" ở "tệp du-thao.docx, bảng 3" in tổng 27 ngày làm việc, các bước cộng lại 15 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và phát hiện "READ-02" về bảng ở "tệp du-thao.docx, bảng 3" ở mức "cảnh báo"
    Và phát hiện "READ-02" ghi nhận:
      | thông tin                        | giá trị                  |
      | mã thủ tục                       | 1.014445                 |
      | cấp thực hiện                    | cấp tỉnh                 |
      | tổng thời gian in trong bảng      | 27 ngày làm việc         |
      | tổng thời gian các bước được tính | 15 ngày làm việc         |
      | vị trí trong văn bản              | tệp du-thao.docx, bảng 3 |
    Và phát hiện "READ-02" có nội dung "in tổng thời gian 27 ngày làm việc, nhưng cộng thời gian các bước được tính thì được 15 ngày làm việc"

  @READ-02
  Kịch bản: Tổng in trong bảng bằng tổng các bước vẫn được nêu khi việc đọc ghi nhận điểm đó
    Cho bảng các bước của quy trình nội bộ cấp tỉnh của thủ tục "1.014445" ở "tệp du-thao.docx, bảng 3" in tổng 15 ngày làm việc, các bước cộng lại 15 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và có phát hiện "READ-02" về bảng ở "tệp du-thao.docx, bảng 3"

  @READ-01 @QTNB-06
  Kịch bản: Điểm chưa đọc được đi cùng lỗi của hồ sơ: kết quả theo lỗi
    Cho hồ sơ không có Tờ trình
    Và việc đọc văn bản còn một bảng chưa gắn với thủ tục nào, ở "tệp du-thao.docx, bảng 5"
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và có phát hiện "QTNB-06" về hồ sơ trình
    Và có phát hiện "READ-01" về bảng ở "tệp du-thao.docx, bảng 5"

  @READ-01 @READ-02
  Khung kịch bản: Hồ sơ gửi trước mọi quy định: điểm chưa đọc được vẫn được nêu
    Cho hồ sơ gửi ngày <ngày gửi>
    Và việc đọc văn bản còn một bảng chưa gắn với thủ tục nào, ở "tệp du-thao.docx, bảng 5"
    Và bảng các bước của quy trình nội bộ cấp tỉnh của thủ tục "1.014445" ở "tệp du-thao.docx, bảng 3" in tổng 27 ngày làm việc, các bước cộng lại 15 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Cần xem xét thêm"
    Và có phát hiện "READ-01" về bảng ở "tệp du-thao.docx, bảng 5"
    Và có phát hiện "READ-02" về bảng ở "tệp du-thao.docx, bảng 3"
    Và áp dụng bộ quy định về những điểm chưa đọc được

    Dữ liệu:
      | ngày gửi   |
      | 12/03/2017 |
      | 20/06/2018 |
      | 21/06/2018 |

  @READ-01
  Kịch bản: Hồ sơ gửi trước mọi quy định, không có điểm chưa đọc được
    Cho hồ sơ gửi ngày 12/03/2017
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa có quy định áp dụng"
    Và không có phát hiện "READ-01"
    Và không áp dụng bộ quy định nào
