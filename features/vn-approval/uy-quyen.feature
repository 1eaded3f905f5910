# language: vi
Tính năng: Ủy quyền phê duyệt quy trình nội bộ
  Chủ tịch UBND tỉnh có thể ủy quyền phê duyệt bằng một quyết định. Thành phố Hà Nội: Quyết định
  số 1716/QĐ-UBND ngày 25/3/2025 của Chủ tịch UBND Thành phố «ủy quyền cho Giám đốc Trung tâm
  phục vụ hành chính công Thành phố thực hiện Phê duyệt quy trình nội bộ giải quyết thủ tục hành
  chính; Phê duyệt quy trình điện tử giải quyết thủ tục hành chính …». Các ủy quyền là dữ liệu do
  bộ phận pháp chế giữ (policies/delegations.yaml). Trong thời gian ủy quyền có hiệu lực, với tỉnh
  và việc được ủy quyền, người được ủy quyền đứng ở vị trí của Chủ tịch: hồ sơ có thể gửi và trình
  người đó phê duyệt (QTNB-05, QTNB-07). Việc công bố thủ tục hành chính không được ủy quyền ở Hà
  Nội, nên hồ sơ trình công bố vẫn phải trình Chủ tịch. Người được ủy quyền được nhận ra theo loại
  cơ quan, và theo tên khi cả hồ sơ và quyết định ủy quyền cùng ghi tên.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Xây dựng Thành phố Hà Nội gửi ngày 20/11/2025
    Và hồ sơ thuộc thành phố Hà Nội
    Và hồ sơ gửi Trung tâm Phục vụ hành chính công Thành phố Hà Nội
    Và hồ sơ trình Trung tâm Phục vụ hành chính công Thành phố Hà Nội phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "1.009994", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 20 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng Thành phố Hà Nội chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công Thành phố Hà Nội"
    Và quy trình nội bộ gồm 6 bước, tổng thời gian 20 ngày làm việc

  @QTNB-05 @QTNB-07
  Khung kịch bản: Trung tâm Phục vụ hành chính công Thành phố Hà Nội phê duyệt, trước và từ ngày được ủy quyền
    Cho hồ sơ gửi ngày <ngày gửi>
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <có> phát hiện "QTNB-05" về hồ sơ trình
    Và <có> phát hiện "QTNB-07" về hồ sơ trình

    Dữ liệu:
      | ngày gửi   | kết quả                             | có       |
      | 24/03/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
      | 25/03/2025 | Đạt                                 | không có |
      | 20/11/2025 | Đạt                                 | không có |

  @QTNB-07
  Kịch bản: Một trung tâm khác của Hà Nội không phải là người được ủy quyền
    Cho hồ sơ trình Trung tâm Phục vụ hành chính công quận Ba Đình phê duyệt
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và có phát hiện "QTNB-07" về hồ sơ trình

  # [cách hiểu] «Thành phố» không kèm tên ở cuối tên trung tâm (như chính Quyết định 1716/QĐ-UBND
  # viết) là thành phố của hồ sơ.
  @QTNB-07
  Kịch bản: Tên trung tâm viết «… Thành phố» không kèm tên thành phố
    Cho hồ sơ trình Trung tâm Phục vụ hành chính công Thành phố phê duyệt
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTNB-07"

  @QTNB-07
  Kịch bản: Tỉnh không có ủy quyền: Trung tâm Phục vụ hành chính công tỉnh không phê duyệt được
    Cho hồ sơ thuộc tỉnh Cao Bằng
    Và hồ sơ gửi Văn phòng UBND tỉnh Cao Bằng
    Và hồ sơ trình Trung tâm Phục vụ hành chính công tỉnh Cao Bằng phê duyệt
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và có phát hiện "QTNB-07" về hồ sơ trình

  @QTNB-13
  Khung kịch bản: Hình thức ký của người được ủy quyền không bị xét; thừa ủy quyền của Chủ tịch thì có
    Cho hồ sơ trình <người phê duyệt> phê duyệt
    Và dự thảo quyết định ký theo hình thức "TUQ. Chủ tịch"
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <QTNB-13> phát hiện "QTNB-13" về hồ sơ trình

    Dữ liệu:
      | người phê duyệt                                    | kết quả          | QTNB-13  |
      | Trung tâm Phục vụ hành chính công Thành phố Hà Nội | Đạt              | không có |
      | Chủ tịch UBND tỉnh                                 | Cần xem xét thêm | có       |
