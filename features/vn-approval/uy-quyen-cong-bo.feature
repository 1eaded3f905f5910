# language: vi
Tính năng: Việc công bố thủ tục hành chính không được ủy quyền ở Hà Nội
  Quyết định số 1716/QĐ-UBND ngày 25/3/2025 của Chủ tịch UBND Thành phố Hà Nội ủy quyền phê duyệt
  quy trình nội bộ và quy trình điện tử, không ủy quyền công bố thủ tục hành chính (xem
  uy-quyen.feature). Hồ sơ trình công bố vẫn phải trình Chủ tịch UBND Thành phố.

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Xây dựng Thành phố Hà Nội gửi ngày 20/11/2025
    Và hồ sơ thuộc thành phố Hà Nội
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố
    Và thủ tục "1.009972" sửa đổi, bổ sung, thực hiện ở cấp tỉnh
    Và thủ tục thay đổi: phí, lệ phí

  @QTNB-07
  Kịch bản: Trung tâm trình phê duyệt hồ sơ công bố: việc công bố không được ủy quyền
    Cho hồ sơ trình Trung tâm Phục vụ hành chính công Thành phố Hà Nội phê duyệt
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và có phát hiện "QTNB-07" về hồ sơ trình
    Và phát hiện "QTNB-07" có nội dung "Trung tâm Phục vụ hành chính công Thành phố Hà Nội"

  @QTNB-07
  Kịch bản: Chủ tịch UBND Thành phố phê duyệt hồ sơ công bố
    Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTNB-07"
