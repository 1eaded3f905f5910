# language: vi
Tính năng: Chính quyền địa phương hai cấp: không còn cấp huyện
  Luật Tổ chức chính quyền địa phương số 72/2025/QH15: từ ngày 01/07/2025 chính quyền địa phương
  gồm cấp tỉnh và cấp xã. Nghị định 118/2025/NĐ-CP, Điều 1 khoản 1: thủ tục được thực hiện tại
  Bộ phận Tiếp nhận và Trả kết quả cấp bộ, Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã và
  qua Cổng Dịch vụ công quốc gia, không còn cấp huyện.
  Từ ngày 01/07/2025, hồ sơ, thủ tục, quy trình nội bộ hay quy trình điện tử nào còn nêu cấp huyện,
  hoặc nêu cơ quan cấp huyện (UBND cấp huyện, Trung tâm hành chính công cấp huyện, phòng, ban
  chuyên môn cấp huyện, cán bộ quản trị phần mềm cấp huyện) ở bất kỳ chỗ nào, đều bị phát hiện.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp nộp ngày 15/09/2025
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                  | người thực hiện                            | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ  | Trung tâm Phục vụ hành chính công cấp xã   | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký  | Công chức Văn phòng HĐND và UBND cấp xã    | 8 giờ làm việc       |
      | 3    | Ký chứng thực              | Lãnh đạo UBND cấp xã                       | 4 giờ làm việc       |
      | 4    | Trả kết quả                | Trung tâm Phục vụ hành chính công cấp xã   | Không tính thời gian |
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và thủ tục do Sở Tư pháp quản lý
    Và thời hạn giải quyết là 2 ngày làm việc

  Quy tắc: Thủ tục, quy trình và hồ sơ không nêu cấp huyện (CQDP-01)

    @CQDP-01
    Kịch bản: Quy trình cấp xã phối hợp với Trung tâm Phục vụ hành chính công cấp xã
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công cấp xã", "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì kết quả là "chấp nhận"
      Và áp dụng bộ quy định "vn-two-tier-2025"
      Và không có phát hiện "CQDP-01"
      Và không có phát hiện "QTNB-04"

    @CQDP-01
    Kịch bản: Thủ tục vẫn nêu cấp huyện và có quy trình nội bộ cấp huyện
      Cho thủ tục "2.000908", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp huyện và cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì kết quả là "từ chối"
      Và có phát hiện "CQDP-01" về thủ tục "2.000908"
      Và phát hiện "CQDP-01" về thủ tục "2.000908" ghi nhận:
        | thông tin | giá trị           |
        | các cấp   | cấp huyện; cấp xã |
      Và có phát hiện "CQDP-01" về quy trình nội bộ cấp huyện của thủ tục "2.000908"
      Và không có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.000908"
      Và không có phát hiện "CQDP-01" về thủ tục "2.001019"
      Và phát hiện "CQDP-01" về thủ tục "2.000908" viện dẫn "Điều 1 khoản 1" của văn bản "Nghị định 118/2025/NĐ-CP"

    @CQDP-01
    Kịch bản: Quy trình cấp xã vẫn phối hợp với UBND cấp huyện
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "từ chối"
      Và có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019" ghi nhận:
        | thông tin    | giá trị                        |
        | các cấp      | cấp xã                         |
        | loại cơ quan | sở, ban, ngành; UBND cấp huyện |
      Và không có phát hiện "CQDP-01" về thủ tục "2.001019"

    @CQDP-01
    Kịch bản: Hồ sơ do UBND cấp huyện trình
      Cho hồ sơ trình phê duyệt quy trình nội bộ của UBND cấp huyện nộp ngày 15/09/2025
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CQDP-01" về hồ sơ trình
      Và không có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    @CQDP-01
    Kịch bản: Quy trình nội bộ sửa đổi quyết định do UBND cấp huyện phê duyệt
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Và quy trình nội bộ sửa đổi Quyết định "712/QĐ-UBND" của UBND cấp huyện
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    @CQDP-01
    Kịch bản: Quy trình điện tử cấp xã vẫn phối hợp với cấp huyện
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Và quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CQDP-01" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và không có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và không có phát hiện "QTDT-06"

  Quy tắc: Áp dụng từ ngày 01/07/2025

    @CQDP-01
    Khung kịch bản: Quy trình cấp xã phối hợp với UBND cấp huyện, trước và từ ngày 01/07/2025
      Cho hồ sơ nộp ngày <ngày nộp>
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <áp dụng> bộ quy định "vn-two-tier-2025"
      Và <CQDP-01> phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và không có phát hiện "QTNB-04"

      Dữ liệu:
        | ngày nộp   | kết quả   | áp dụng       | CQDP-01  |
        | 30/06/2025 | chấp nhận | không áp dụng | không có |
        | 01/07/2025 | từ chối   | áp dụng       | có       |
        | 15/09/2025 | từ chối   | áp dụng       | có       |
