# language: vi
Tính năng: Kịch bản mẫu cho các trang của sổ tay quy tắc
  Tệp này chỉ phục vụ kiểm thử các trang web: các bước không được chạy.

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Xây dựng nộp ngày 02/03/2020

  Quy tắc: Thủ tục mới phải kèm dự thảo quyết định phê duyệt quy trình nội bộ

    @QTNB-08
    Kịch bản: Thủ tục mới thiếu quy trình nội bộ cấp huyện
      Cho thủ tục "1.009994" mới ban hành, thực hiện ở:
        | cấp   |
        | tỉnh  |
        | huyện |
      Khi kiểm tra hồ sơ
      Thì kết quả là "từ chối"

    @QTNB-08 @QTNB-09
    Khung kịch bản: Thủ tục sửa đổi <nội dung>
      Cho thủ tục "1.009995" sửa đổi, bổ sung <nội dung>
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"

      Dữ liệu:
        | nội dung            | kết quả  |
        | thời hạn giải quyết | từ chối  |
        | phí, lệ phí         | chấp nhận |

  @QTNB-08
  Kịch bản: Thủ tục chưa từng chạy
    Khi kiểm tra hồ sơ
    Thì không có phát hiện "QTNB-08"
