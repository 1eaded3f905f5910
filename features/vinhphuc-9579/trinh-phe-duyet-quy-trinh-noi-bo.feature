# language: vi
Tính năng: Hồ sơ trình phê duyệt quy trình nội bộ
  Văn bản số 9579/UBND-KSTT, §QTNB-4: các sở, ban, ngành xây dựng quy trình nội bộ cho cả 3
  cấp (tỉnh, huyện, xã) và gửi Văn phòng UBND tỉnh hồ sơ gồm Tờ trình và dự thảo Quyết định phê
  duyệt để kiểm soát trước khi trình Chủ tịch UBND tỉnh phê duyệt.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 14/09/2021
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                 | người thực hiện             | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ | Bộ phận một cửa UBND cấp xã | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký | Công chức Tư pháp - Hộ tịch | 8 giờ làm việc       |
      | 3    | Ký chứng thực             | Lãnh đạo UBND cấp xã        | 4 giờ làm việc       |
      | 4    | Trả kết quả               | Bộ phận một cửa UBND cấp xã | Không tính thời gian |
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"

  @QTNB-05 @QTNB-06 @QTNB-07 @QTNB-10 @QTNB-11
  Kịch bản: Hồ sơ đủ Tờ trình và dự thảo Quyết định phê duyệt, gửi Văn phòng UBND tỉnh
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện nào
    Và không có phát hiện "QTNB-05"
    Và không có phát hiện "QTNB-06"
    Và không có phát hiện "QTNB-07"
    Và không có phát hiện "QTNB-10"
    Và không có phát hiện "QTNB-11"

  Quy tắc: Hồ sơ gồm Tờ trình và dự thảo Quyết định phê duyệt (QTNB-06)

    @QTNB-06
    Khung kịch bản: Hồ sơ trình phê duyệt quy trình nội bộ thiếu văn bản
      Cho hồ sơ gồm: <văn bản kèm theo>
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-06" về hồ sơ trình
      Và phát hiện "QTNB-06" ghi nhận:
        | thông tin         | giá trị             |
        | văn bản còn thiếu | <văn bản còn thiếu> |
      Và phát hiện "QTNB-06" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"

      Dữ liệu:
        | văn bản kèm theo                              | văn bản còn thiếu                             |
        | dự thảo Quyết định phê duyệt quy trình nội bộ | Tờ trình                                      |
        | Tờ trình                                      | dự thảo Quyết định phê duyệt quy trình nội bộ |
        | Tờ trình; dự thảo Quyết định công bố          | dự thảo Quyết định phê duyệt quy trình nội bộ |

    @QTNB-06
    Kịch bản: Hồ sơ trình phê duyệt quy trình nội bộ không kèm văn bản nào
      Cho hồ sơ không kèm văn bản nào
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTNB-06" ghi nhận:
        | thông tin         | giá trị                                                 |
        | văn bản còn thiếu | Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ |

  Quy tắc: Gửi Văn phòng UBND tỉnh, trình Chủ tịch UBND tỉnh phê duyệt (QTNB-05, QTNB-07)

    @QTNB-05
    Kịch bản: Hồ sơ trình phê duyệt quy trình nội bộ gửi thẳng Trung tâm Phục vụ hành chính công tỉnh
      Cho hồ sơ gửi Trung tâm Phục vụ hành chính công tỉnh
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-05" về hồ sơ trình
      Và phát hiện "QTNB-05" không viện dẫn văn bản "Nghị định 63/2010/NĐ-CP"

    @QTNB-05
    Kịch bản: Tờ trình phê duyệt quy trình nội bộ «Kính gửi: Chủ tịch UBND tỉnh»
      Cho hồ sơ gửi Chủ tịch UBND tỉnh
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-05"

    @QTNB-07
    Kịch bản: Quy trình nội bộ trình Giám đốc Sở phê duyệt
      Cho hồ sơ trình Giám đốc Sở phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-07" về hồ sơ trình
      Và phát hiện "QTNB-07" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"

    @QTNB-07
    Kịch bản: Quy trình nội bộ trình Chủ tịch UBND tỉnh phê duyệt
      Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-07"

  Quy tắc: Quy trình nội bộ cho mọi cấp thực hiện thủ tục (QTNB-10)

    @QTNB-10 @QTNB-08
    Kịch bản: Thủ tục thực hiện ở cấp huyện và cấp xã, hồ sơ chỉ có quy trình cấp xã
      # «mới ban hành» chỉ có nghĩa trong hồ sơ trình công bố; ở đây được bỏ qua (QTNB-08 không áp dụng)
      Cho thủ tục "2.000908" mới ban hành, thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTNB-10" về thủ tục "2.000908" ở mức "cảnh báo"
      Và phát hiện "QTNB-10" về thủ tục "2.000908" ghi nhận:
        | thông tin                      | giá trị   |
        | các cấp thiếu quy trình nội bộ | cấp huyện |
      Và không có phát hiện "QTNB-10" về thủ tục "2.001019"
      Và không có phát hiện "QTNB-08"

    @QTNB-10
    Kịch bản: Thủ tục thực hiện ở cả 3 cấp, hồ sơ có quy trình cho cả 3 cấp
      Cho thủ tục "2.000815", thực hiện ở cả 3 cấp
      Và quy trình nội bộ cấp tỉnh của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ cấp huyện và cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-10"

  Quy tắc: Từ ngày 01/07/2025 Văn bản 9579/UBND-KSTT hết áp dụng (QTNB-10)
    # v3: tỉnh Vĩnh Phúc được nhập vào tỉnh Phú Thọ từ ngày 01/07/2025, nên QTNB-10 không còn áp
    # dụng từ ngày đó. v2 vẫn áp dụng QTNB-10 cho hồ sơ sau ngày đó, chỉ bỏ cấp huyện khỏi các cấp
    # còn thiếu; kịch bản v2 về điều đó được viết lại như dưới đây.

    @QTNB-10 @CQDP-01
    Khung kịch bản: Thủ tục vẫn nêu cấp huyện, hồ sơ chỉ có quy trình cấp xã, trước và từ ngày 01/07/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và thủ tục "2.000908", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì, phối hợp với <phối hợp>
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <QTNB-10> phát hiện "QTNB-10" về thủ tục "2.000908"
      Và <CQDP-01> phát hiện "CQDP-01" về thủ tục "2.000908"

      Dữ liệu:
        | ngày gửi   | phối hợp                                   | kết quả                             | QTNB-10  | CQDP-01  |
        | 30/06/2025 | "UBND cấp huyện"                           | Cần xem xét thêm                    | có       | không có |
        | 01/07/2025 | "Trung tâm Phục vụ hành chính công cấp xã" | Chưa đạt — đề nghị hoàn thiện hồ sơ | không có | có       |

    @QTNB-10
    Kịch bản: Sau ngày 01/07/2025, thủ tục cấp tỉnh và cấp xã chỉ có quy trình cấp tỉnh không còn bị nêu theo Văn bản 9579/UBND-KSTT
      Cho hồ sơ gửi ngày 15/09/2025
      Và thủ tục "2.000815", thực hiện ở cấp tỉnh và cấp xã
      Và quy trình nội bộ cấp tỉnh của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Khi kiểm tra hồ sơ
      # Quy trình cấp xã của thủ tục "2.001019" (phần bối cảnh) còn phối hợp với UBND cấp huyện,
      # nên hồ sơ chưa đạt theo CQDP-01; QTNB-10 không còn nêu gì.
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "CQDP-01" về quy trình nội bộ cấp xã của thủ tục "2.001019"
      Và không áp dụng Văn bản 9579/UBND-KSTT
      Và không có phát hiện "QTNB-10"
