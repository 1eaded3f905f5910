# language: vi
Tính năng: Chính quyền địa phương hai cấp: không còn cấp huyện
  Luật Tổ chức chính quyền địa phương số 72/2025/QH15: từ ngày 01/07/2025 chính quyền địa phương
  gồm cấp tỉnh và cấp xã. Nghị định 118/2025/NĐ-CP, Điều 1 khoản 1: thủ tục được thực hiện tại
  Bộ phận Tiếp nhận và Trả kết quả cấp bộ, Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã và
  qua Cổng Dịch vụ công quốc gia, không còn cấp huyện.
  Từ ngày 01/07/2025, công việc mới còn nêu cấp huyện bị phát hiện: hồ sơ do cơ quan cấp huyện
  trình, gửi hoặc phê duyệt; thủ tục còn thực hiện ở cấp huyện hoặc do cơ quan cấp huyện quản lý,
  tiếp nhận; quy trình nội bộ, quy trình điện tử của cấp huyện hoặc có cơ quan cấp huyện chủ trì,
  phối hợp (UBND cấp huyện, Trung tâm hành chính công cấp huyện, phòng, ban chuyên môn cấp huyện,
  cán bộ quản trị phần mềm cấp huyện). Phát hiện chỉ nêu cấp huyện hoặc các cơ quan cấp huyện tìm
  thấy, kèm vai trò của từng cơ quan.
  Không bị phát hiện, ở mọi ngày: thủ tục bị bãi bỏ (cùng quy trình của nó) và các quyết định được
  dẫn chiếu (quyết định được sửa đổi, quyết định làm căn cứ, kể cả quyết định do UBND cấp huyện
  phê duyệt trước đây): bãi bỏ thủ tục cấp huyện, hay dẫn chiếu quyết định cũ, là điều cuộc sắp
  xếp đòi hỏi, không vi phạm nó.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 15/09/2025
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                 | người thực hiện                          | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ | Trung tâm Phục vụ hành chính công cấp xã | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký | Công chức Văn phòng HĐND và UBND cấp xã  | 8 giờ làm việc       |
      | 3    | Ký chứng thực             | Lãnh đạo UBND cấp xã                     | 4 giờ làm việc       |
      | 4    | Trả kết quả               | Trung tâm Phục vụ hành chính công cấp xã | Không tính thời gian |
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và thủ tục do Sở Tư pháp quản lý
    Và thời hạn giải quyết là 2 ngày làm việc

  Quy tắc: Công việc mới không nêu cấp huyện (CQDP-01)

    @CQDP-01
    Kịch bản: Quy trình cấp xã phối hợp với Trung tâm Phục vụ hành chính công cấp xã
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công cấp xã", "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và áp dụng bộ quy định về chính quyền địa phương hai cấp
      Và không có phát hiện "CQDP-01"
      Và không có phát hiện "QTNB-04"

    @CQDP-01
    Kịch bản: Thủ tục vẫn nêu cấp huyện và có quy trình nội bộ cấp huyện
      Cho thủ tục "2.000908", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp huyện và cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "CQDP-01" về thủ tục "2.000908"
      Và phát hiện "CQDP-01" về thủ tục "2.000908" ghi nhận:
        | thông tin                      | giá trị  |
        | còn cấp huyện                  | có       |
        | cơ quan cấp huyện còn được nêu | không có |
      Và phát hiện "CQDP-01" về thủ tục "2.000908" có nội dung "còn thực hiện ở cấp huyện"
      Và phát hiện "CQDP-01" về thủ tục "2.000908" không có nội dung "cấp xã"
      Và có phát hiện "CQDP-01" về quy trình nội bộ cấp huyện của thủ tục "2.000908"
      Và không có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.000908"
      Và không có phát hiện "CQDP-01" về thủ tục "2.001019"
      Và phát hiện "CQDP-01" về thủ tục "2.000908" viện dẫn "Điều 1 khoản 1" của văn bản "Nghị định 118/2025/NĐ-CP"

    # v1 liệt kê mọi cấp và mọi loại cơ quan của quy trình; v2 chỉ nêu cơ quan cấp huyện, kèm vai trò.
    @CQDP-01
    Kịch bản: Quy trình cấp xã vẫn phối hợp với UBND cấp huyện: chỉ nêu cơ quan đó
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND huyện Tam Dương", "UBND xã Hợp Châu"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019" ghi nhận:
        | thông tin                      | giá trị                                 |
        | còn cấp huyện                  | không                                   |
        | cơ quan cấp huyện còn được nêu | UBND huyện Tam Dương (cơ quan phối hợp) |
      Và phát hiện "CQDP-01" có nội dung "còn nêu UBND huyện Tam Dương (cơ quan phối hợp)"
      Và phát hiện "CQDP-01" không có nội dung "Sở Tư pháp"
      Và phát hiện "CQDP-01" không có nội dung "UBND xã Hợp Châu"
      Và không có phát hiện "CQDP-01" về thủ tục "2.001019"

    @CQDP-01
    Kịch bản: Hồ sơ do UBND cấp huyện trình
      Cho hồ sơ trình phê duyệt quy trình nội bộ của UBND huyện Tam Dương gửi ngày 15/09/2025
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CQDP-01" về hồ sơ trình
      Và phát hiện "CQDP-01" về hồ sơ trình ghi nhận:
        | thông tin                      | giá trị                              |
        | còn cấp huyện                  | không                                |
        | cơ quan cấp huyện còn được nêu | UBND huyện Tam Dương (cơ quan trình) |
      Và phát hiện "CQDP-01" về hồ sơ trình có nội dung "hồ sơ trình còn nêu UBND huyện Tam Dương (cơ quan trình)"
      Và không có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    @CQDP-01
    Kịch bản: Cơ quan cấp huyện không ghi tên thì được nêu theo loại cơ quan
      Cho quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Và quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CQDP-01" về quy trình điện tử cấp xã của thủ tục "2.001019"
      Và phát hiện "CQDP-01" về quy trình điện tử cấp xã của thủ tục "2.001019" ghi nhận:
        | thông tin                      | giá trị                                                                                                       |
        | cơ quan cấp huyện còn được nêu | Trung tâm hành chính công cấp huyện (cơ quan phối hợp); cán bộ quản trị phần mềm cấp huyện (cơ quan phối hợp) |
      Và không có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và không có phát hiện "QTDT-06"

  Quy tắc: Bãi bỏ thủ tục cấp huyện và dẫn chiếu quyết định cũ là điều cuộc sắp xếp đòi hỏi (CQDP-01)

    # v1 phát hiện quyết định được sửa đổi do UBND cấp huyện phê duyệt; v2: quyết định được dẫn
    # chiếu không phải là công việc mới, nên không bị tính.
    @CQDP-01
    Kịch bản: Quy trình nội bộ sửa đổi quyết định do UBND cấp huyện phê duyệt trước ngày 01/07/2025
      Cho hồ sơ trình sửa đổi, bổ sung quy trình nội bộ của Sở Tư pháp gửi ngày 15/09/2025
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Và quy trình nội bộ sửa đổi Quyết định "712/QĐ-UBND" của UBND huyện Tam Dương
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ
      # v3: QTNB-11 (Văn bản 9579/UBND-KSTT) hết áp dụng từ ngày 01/07/2025, nên người phê duyệt
      # quyết định được sửa đổi không còn được kiểm tra ở đây; v2 nêu QTNB-11.
      Thì kết quả là "Đạt"
      Và không có phát hiện "CQDP-01"
      Và không có phát hiện "QTNB-11"

    @CQDP-01
    Kịch bản: Quy trình điện tử xây dựng trên quyết định do UBND cấp huyện phê duyệt trước đây
      Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày 15/09/2025
      Và quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Phòng Kiểm soát TTHC"
      Và quy trình điện tử căn cứ Quyết định "712/QĐ-UBND" của UBND huyện Tam Dương phê duyệt quy trình nội bộ
      Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh
      Khi kiểm tra hồ sơ
      # v3: QTDT-01 (Văn bản 9579/UBND-KSTT) hết áp dụng từ ngày 01/07/2025; v2 nêu QTDT-01.
      Thì kết quả là "Đạt"
      Và không có phát hiện "CQDP-01"
      Và không có phát hiện "QTDT-01"

  Quy tắc: Áp dụng từ ngày 01/07/2025

    @CQDP-01
    Khung kịch bản: Quy trình cấp xã phối hợp với UBND cấp huyện, trước và từ ngày 01/07/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <áp dụng> bộ quy định về chính quyền địa phương hai cấp
      Và <CQDP-01> phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và không có phát hiện "QTNB-04"

      Dữ liệu:
        | ngày gửi   | kết quả                             | áp dụng       | CQDP-01  |
        | 30/06/2025 | Đạt                                 | không áp dụng | không có |
        | 01/07/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | áp dụng       | có       |
        | 15/09/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | áp dụng       | có       |
