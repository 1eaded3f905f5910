# language: vi
Tính năng: Bãi bỏ thủ tục cấp huyện sau cuộc sắp xếp chính quyền hai cấp
  Từ ngày 01/07/2025 không còn chính quyền cấp huyện (Luật 72/2025/QH15; Nghị định 118/2025/NĐ-CP,
  Điều 1 khoản 1). Các sở trình công bố bãi bỏ thủ tục hành chính cấp huyện: đó là điều cuộc sắp
  xếp đòi hỏi, nên thủ tục bị bãi bỏ, cùng quy trình nội bộ, quy trình điện tử của nó, không bị
  phát hiện là còn nêu cấp huyện (CQDP-01), ở mọi ngày. Thủ tục mới ban hành hay sửa đổi trong
  cùng hồ sơ mà còn nêu cấp huyện thì vẫn bị phát hiện.
  Từ bản v3 của danh mục quy tắc, không quy tắc nào về quy trình nội bộ, quy trình điện tử áp
  dụng cho quy trình của thủ tục bị bãi bỏ: người thẩm định không hỏi thủ tục sắp chấm dứt sẽ
  được giải quyết thế nào (xem thêm vn-one-stop-2025/thu-tuc-bi-bai-bo.feature).

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Tư pháp gửi ngày 15/09/2025
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố

  Quy tắc: Thủ tục bị bãi bỏ không bị tính là công việc mới ở cấp huyện (CQDP-01)

    @CQDP-01 @CB-01
    Kịch bản: Hồ sơ công bố bãi bỏ thủ tục cấp huyện sau ngày 01/07/2025
      Cho thủ tục "2.000908" bãi bỏ, thực hiện ở cấp huyện
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CQDP-01"
      Và không có phát hiện "CB-01"

    @CQDP-01
    Kịch bản: Cùng hồ sơ công bố: thủ tục mới ban hành ở cấp huyện thì bị phát hiện, thủ tục bị bãi bỏ thì không
      Cho hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và thủ tục "2.000908" bãi bỏ, thực hiện ở cấp huyện
      Và thủ tục "2.000815" mới ban hành, thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp huyện và cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CQDP-01" về thủ tục "2.000815"
      Và có phát hiện "CQDP-01" về quy trình nội bộ cấp huyện của thủ tục "2.000815"
      Và không có phát hiện "CQDP-01" về thủ tục "2.000908"

    # v3: kịch bản v2 này không nêu kết quả; hồ sơ khi đó «Chưa đạt» vì ND118-01 (quy trình nội bộ
    # của thủ tục bị bãi bỏ «chưa có bảng các bước»). Thủ tục bị bãi bỏ không cần bảng các bước.
    @CQDP-01 @ND118-01
    Kịch bản: Quy trình nội bộ cấp huyện của thủ tục bị bãi bỏ không bị phát hiện
      Cho hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và thủ tục "2.000908" bãi bỏ, thực hiện ở cấp huyện
      Và quy trình nội bộ cấp huyện của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CQDP-01"
      Và không có phát hiện "ND118-01"

    @CQDP-01
    Khung kịch bản: Công bố bãi bỏ thủ tục cấp huyện, trước và từ ngày 01/07/2025: không bị phát hiện ở ngày nào
      Cho hồ sơ gửi ngày <ngày gửi>
      Và thủ tục "2.000908" bãi bỏ, thực hiện ở cấp huyện
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CQDP-01"

      Dữ liệu:
        | ngày gửi   |
        | 30/06/2025 |
        | 01/07/2025 |
