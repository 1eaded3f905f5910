# language: vi
Tính năng: Trình công bố thủ tục kèm dự thảo quyết định phê duyệt quy trình nội bộ
  Văn bản số 9579/UBND-KSTT, §QTNB-6: khi trình dự thảo quyết định công bố Danh mục thủ tục,
  thủ tục mới, sửa đổi, bổ sung, sở, ban, ngành phải đồng thời trình dự thảo quyết định phê
  duyệt quy trình nội bộ của thủ tục đó gửi kèm theo, TRỪ trường hợp không có sự thay đổi về
  thời hạn giải quyết, địa điểm, trình tự thực hiện.
  §CHUNG: 100% thủ tục phải có quy trình nội bộ. Vì vậy, nếu được miễn theo ngoại lệ của
  §QTNB-6 nhưng thủ tục chưa từng có quy trình nội bộ được phê duyệt, thì vẫn phải trình
  (cách hiểu này ghi trong danh mục quy tắc, để bộ phận pháp chế xem xét).

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Xây dựng gửi ngày 02/03/2020
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                         | người thực hiện              | thời gian            |
      | 1    | Tiếp nhận, kiểm tra, số hóa hồ sơ | Công chức Bộ phận một cửa    | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, dự thảo kết quả  | Chuyên viên phòng chuyên môn | 15 ngày làm việc     |
      | 3    | Ký phê duyệt kết quả              | Lãnh đạo cơ quan             | 4 giờ làm việc       |
      | 4    | Trả kết quả                       | Công chức Bộ phận một cửa    | Không tính thời gian |

  Quy tắc: Thủ tục mới, thay thế hoặc thay đổi thời hạn, địa điểm, trình tự phải kèm quy trình nội bộ (QTNB-08)

    @QTNB-08
    Kịch bản: Thủ tục mới ban hành có quy trình nội bộ cho mọi cấp thực hiện
      Cho thủ tục "1.009994" mới ban hành, thực hiện ở cấp tỉnh và cấp huyện
      Và thời hạn giải quyết là 20 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ cấp huyện của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-08"

    @QTNB-08 @QTNB-10
    Kịch bản: Thủ tục mới ban hành thiếu quy trình nội bộ cấp huyện
      Cho thủ tục "1.009994" mới ban hành, thực hiện ở cấp tỉnh và cấp huyện
      Và thời hạn giải quyết là 20 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-08" về thủ tục "1.009994"
      Và phát hiện "QTNB-08" về thủ tục "1.009994" ghi nhận:
        | thông tin                                           | giá trị      |
        | loại thay đổi                                       | mới ban hành |
        | các cấp thiếu quy trình nội bộ                      | cấp huyện    |
        | thiếu dự thảo Quyết định phê duyệt quy trình nội bộ | không        |
      Và phát hiện "QTNB-08" viện dẫn "§QTNB-6" của văn bản "9579/UBND-KSTT"
      Và phát hiện "QTNB-08" có nội dung "còn thiếu quy trình nội bộ cấp huyện"
      Và phát hiện "QTNB-08" không có nội dung "dự thảo quyết định: có"
      Và phát hiện "QTNB-08" không có nội dung "hồ sơ không có dự thảo"
      Và không có phát hiện "QTNB-04"
      Và không có phát hiện "QTNB-10"

    @QTNB-08
    Kịch bản: Có quy trình nội bộ cho mọi cấp nhưng hồ sơ thiếu dự thảo quyết định phê duyệt
      Cho thủ tục "1.009994" mới ban hành, thực hiện ở cấp tỉnh
      Và thời hạn giải quyết là 20 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Nhưng hồ sơ không có dự thảo Quyết định phê duyệt quy trình nội bộ
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và phát hiện "QTNB-08" về thủ tục "1.009994" ghi nhận:
        | thông tin                                           | giá trị  |
        | các cấp thiếu quy trình nội bộ                      | không có |
        | thiếu dự thảo Quyết định phê duyệt quy trình nội bộ | có       |
      Và phát hiện "QTNB-08" có nội dung "hồ sơ không có dự thảo Quyết định phê duyệt quy trình nội bộ"
      Và phát hiện "QTNB-08" không có nội dung "cho —"
      Và phát hiện "QTNB-08" không có nội dung "còn thiếu quy trình nội bộ"

    @QTNB-08
    Kịch bản: Mỗi thủ tục một phát hiện, nêu mọi cấp còn thiếu quy trình nội bộ
      Cho thủ tục "2.000908" mới ban hành, thực hiện ở cấp huyện và cấp xã
      Và thủ tục do Sở Tư pháp quản lý
      Và thủ tục "2.001019" sửa đổi, bổ sung, thực hiện ở cấp xã
      Và thủ tục do Sở Tư pháp quản lý
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Và thủ tục đã có quy trình nội bộ được phê duyệt
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTNB-08" về thủ tục "2.000908" ghi nhận:
        | thông tin                      | giá trị           |
        | các cấp thiếu quy trình nội bộ | cấp huyện; cấp xã |
      Và không có phát hiện "QTNB-08" về thủ tục "2.001019"

    @QTNB-08 @QTNB-09
    Khung kịch bản: Loại thay đổi và nội dung thay đổi quyết định việc trình kèm quy trình nội bộ
      Cho thủ tục "1.009994" <loại thay đổi>, thực hiện ở cấp tỉnh
      Và thủ tục thay đổi: <nội dung thay đổi>
      Và thủ tục đã có quy trình nội bộ được phê duyệt
      Khi kiểm tra hồ sơ
      Thì <QTNB-08> phát hiện "QTNB-08" về thủ tục "1.009994"
      Và <QTNB-09> phát hiện "QTNB-09" về thủ tục "1.009994"

      Dữ liệu:
        | loại thay đổi          | nội dung thay đổi                    | QTNB-08  | QTNB-09  |
        | mới ban hành           | thành phần hồ sơ                     | có       | không có |
        | thay thế               | tên thủ tục                          | có       | không có |
        | sửa đổi, bổ sung       | thời hạn giải quyết                  | có       | không có |
        | sửa đổi, bổ sung       | địa điểm                             | có       | không có |
        | sửa đổi, bổ sung       | trình tự thực hiện                   | có       | không có |
        | sửa đổi, bổ sung       | phí, lệ phí; thành phần hồ sơ        | không có | có       |
        | thuộc Danh mục công bố | trình tự thực hiện; mẫu đơn, tờ khai | có       | không có |
        | thuộc Danh mục công bố | mẫu đơn, tờ khai                     | không có | có       |
        | bãi bỏ                 | thời hạn giải quyết                  | không có | không có |
        | không thay đổi         | địa điểm                             | không có | không có |

  Quy tắc: Ngoại lệ của §QTNB-6 được ghi nhận để người thẩm định biết (QTNB-09)

    @QTNB-09
    Kịch bản: Thủ tục sửa đổi phí, lệ phí, chưa rõ đã có quy trình nội bộ hay chưa: được miễn trình kèm
      Cho thủ tục "1.009994" sửa đổi, bổ sung, thực hiện ở cấp tỉnh
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Và hồ sơ không có dự thảo Quyết định phê duyệt quy trình nội bộ
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và phát hiện "QTNB-09" về thủ tục "1.009994" ở mức "thông tin"
      Và phát hiện "QTNB-09" về thủ tục "1.009994" ghi nhận:
        | thông tin             | giá trị          |
        | loại thay đổi         | sửa đổi, bổ sung |
        | các nội dung thay đổi | phí, lệ phí      |
      Và phát hiện "QTNB-09" có nội dung "không bắt buộc trình kèm dự thảo Quyết định phê duyệt quy trình nội bộ"
      Và không có phát hiện "QTNB-08"
      Và không có phát hiện "CHUNG-01"

    @QTNB-09 @CHUNG-01
    Kịch bản: Thủ tục được miễn nhưng chưa từng có quy trình nội bộ được phê duyệt
      Cho thủ tục "1.009994" sửa đổi, bổ sung, thực hiện ở cấp tỉnh
      Và thủ tục chỉ thay đổi: phí, lệ phí
      Và thủ tục chưa có quy trình nội bộ được phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "CHUNG-01" về thủ tục "1.009994"
      Và phát hiện "CHUNG-01" về thủ tục "1.009994" ghi nhận:
        | thông tin                             | giá trị          |
        | loại thay đổi                         | sửa đổi, bổ sung |
        | đã có quy trình nội bộ được phê duyệt | không            |
      Và phát hiện "CHUNG-01" viện dẫn "§CHUNG" của văn bản "9579/UBND-KSTT"
      Và không có phát hiện "QTNB-09"
      Và không có phát hiện "QTNB-08"

  Quy tắc: 100% thủ tục có quy trình nội bộ (CHUNG-01)

    @CHUNG-01
    Kịch bản: Thủ tục trong Danh mục chưa có quy trình nội bộ, hồ sơ trình kèm quy trình nội bộ
      Cho thủ tục "1.009994" thuộc Danh mục công bố, thực hiện ở cấp tỉnh
      Và thời hạn giải quyết là 20 ngày làm việc
      Và thủ tục chỉ thay đổi: căn cứ pháp lý
      Và thủ tục chưa có quy trình nội bộ được phê duyệt
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CHUNG-01"

    @CHUNG-01
    Kịch bản: Thủ tục đã có quy trình nội bộ được phê duyệt, chỉ sửa thành phần hồ sơ
      Cho thủ tục "1.009994" sửa đổi, bổ sung, thực hiện ở cấp tỉnh
      Và thủ tục chỉ thay đổi: thành phần hồ sơ
      Và thủ tục đã có quy trình nội bộ được phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CHUNG-01"

    @CHUNG-01
    Kịch bản: Thủ tục chưa có quy trình nội bộ và thay đổi thời hạn giải quyết: thuộc QTNB-08, không thuộc CHUNG-01
      Cho thủ tục "1.009994" sửa đổi, bổ sung, thực hiện ở cấp tỉnh
      Và thủ tục thay đổi: thời hạn giải quyết
      Và thủ tục chưa có quy trình nội bộ được phê duyệt
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-08" về thủ tục "1.009994"
      Và không có phát hiện "CHUNG-01"

  Quy tắc: Từ ngày 01/07/2025 Văn bản 9579/UBND-KSTT hết áp dụng (QTNB-08)
    # v3: tỉnh Vĩnh Phúc được nhập vào tỉnh Phú Thọ từ ngày 01/07/2025, nên QTNB-08 không còn áp
    # dụng từ ngày đó. v2 vẫn áp dụng QTNB-08 cho hồ sơ ghi tỉnh Vĩnh Phúc sau ngày đó, chỉ bỏ cấp
    # huyện khỏi các cấp còn thiếu; hai kịch bản v2 về điều đó được viết lại như dưới đây.

    @QTNB-08 @CQDP-01
    Khung kịch bản: Thủ tục mới còn nêu cấp huyện, chỉ có quy trình nội bộ cấp tỉnh, trước và từ ngày 01/07/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và thủ tục "1.009994" mới ban hành, thực hiện ở cấp tỉnh và cấp huyện
      Và thời hạn giải quyết là 20 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và <QTNB-08> phát hiện "QTNB-08" về thủ tục "1.009994"
      Và <CQDP-01> phát hiện "CQDP-01" về thủ tục "1.009994"

      Dữ liệu:
        | ngày gửi   | QTNB-08  | CQDP-01  |
        | 30/06/2025 | có       | không có |
        | 01/07/2025 | không có | có       |

    @QTNB-08
    Kịch bản: Sau ngày 01/07/2025, thủ tục cấp tỉnh và cấp xã thiếu quy trình cấp xã không còn bị nêu theo Văn bản 9579/UBND-KSTT
      Cho hồ sơ gửi ngày 15/09/2025
      Và thủ tục "1.009994" mới ban hành, thực hiện ở cấp tỉnh và cấp xã
      Và thời hạn giải quyết là 20 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.009994" do Sở Xây dựng chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không áp dụng Văn bản 9579/UBND-KSTT
      Và không có phát hiện "QTNB-08"
