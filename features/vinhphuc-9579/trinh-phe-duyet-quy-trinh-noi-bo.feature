# language: vi
Tính năng: Hồ sơ trình phê duyệt quy trình nội bộ
  Văn bản số 9579/UBND-KSTT, §QTNB-4: các sở, ban, ngành xây dựng quy trình nội bộ cho cả 3
  cấp (tỉnh, huyện, xã) và gửi Văn phòng UBND tỉnh hồ sơ gồm Tờ trình và dự thảo Quyết định phê
  duyệt để kiểm soát trước khi trình Chủ tịch UBND tỉnh phê duyệt.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp nộp ngày 14/09/2021
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                                | người thực hiện                  | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ                | Bộ phận một cửa UBND cấp xã      | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký                | Công chức Tư pháp - Hộ tịch      | 8 giờ làm việc       |
      | 3    | Ký chứng thực                            | Lãnh đạo UBND cấp xã             | 4 giờ làm việc       |
      | 4    | Trả kết quả                              | Bộ phận một cửa UBND cấp xã      | Không tính thời gian |
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"

  @QTNB-05 @QTNB-06 @QTNB-07 @QTNB-10 @QTNB-11
  Kịch bản: Hồ sơ đủ Tờ trình và dự thảo Quyết định phê duyệt, gửi Văn phòng UBND tỉnh
    Khi kiểm tra hồ sơ
    Thì kết quả là "chấp nhận"
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
      Thì kết quả là "từ chối"
      Và có phát hiện "QTNB-06" về hồ sơ trình
      Và phát hiện "QTNB-06" ghi nhận:
        | thông tin         | giá trị             |
        | văn bản còn thiếu | <văn bản còn thiếu> |
      Và phát hiện "QTNB-06" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"

      Dữ liệu:
        | văn bản kèm theo                                                | văn bản còn thiếu                                        |
        | dự thảo Quyết định phê duyệt quy trình nội bộ                   | Tờ trình                                                 |
        | Tờ trình                                                        | dự thảo Quyết định phê duyệt quy trình nội bộ            |
        | Tờ trình; dự thảo Quyết định công bố                            | dự thảo Quyết định phê duyệt quy trình nội bộ            |

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
      Thì kết quả là "từ chối"
      Và có phát hiện "QTNB-05" về hồ sơ trình

    @QTNB-07
    Kịch bản: Quy trình nội bộ trình Giám đốc Sở phê duyệt
      Cho hồ sơ trình Giám đốc Sở phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "từ chối"
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
      Thì kết quả là "cần xem xét"
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
      Thì kết quả là "chấp nhận"
      Và không có phát hiện "QTNB-10"
