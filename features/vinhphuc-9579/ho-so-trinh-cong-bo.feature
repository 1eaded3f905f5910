# language: vi
Tính năng: Hồ sơ trình công bố thủ tục hành chính
  Văn bản số 9579/UBND-KSTT, §QTNB-4 và §QTNB-6: sở, ban, ngành gửi Văn phòng UBND tỉnh hồ sơ
  trình (gồm Tờ trình và dự thảo Quyết định) để kiểm soát về hình thức, nội dung, quy trình
  trước khi trình Chủ tịch UBND tỉnh.

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Văn hóa, Thể thao và Du lịch gửi ngày 15/04/2020
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố
    Và thủ tục "2.001611" bãi bỏ, thực hiện ở cấp tỉnh

  Quy tắc: Hồ sơ trình công bố gồm Tờ trình và dự thảo Quyết định công bố (CB-01)

    @CB-01 @QTNB-06
    Kịch bản: Hồ sơ công bố bãi bỏ thủ tục có đủ Tờ trình và dự thảo Quyết định công bố
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "CB-01"
      Và không có phát hiện "QTNB-06"

    @CB-01
    Kịch bản: Hồ sơ công bố thiếu dự thảo Quyết định công bố
      Cho hồ sơ không có dự thảo Quyết định công bố
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "CB-01" về hồ sơ trình
      Và phát hiện "CB-01" ghi nhận:
        | thông tin         | giá trị                    |
        | văn bản còn thiếu | dự thảo Quyết định công bố |
      Và phát hiện "CB-01" viện dẫn "§QTNB-6" của văn bản "9579/UBND-KSTT"

    @CB-01
    Kịch bản: Hồ sơ công bố thiếu Tờ trình
      Cho hồ sơ gồm: dự thảo Quyết định công bố; dự thảo Quyết định phê duyệt quy trình nội bộ
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CB-01" về hồ sơ trình
      Và phát hiện "CB-01" ghi nhận:
        | thông tin         | giá trị  |
        | văn bản còn thiếu | Tờ trình |

    @CB-01
    Kịch bản: Hồ sơ công bố không kèm văn bản nào
      Cho hồ sơ không kèm văn bản nào
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CB-01" về hồ sơ trình
      Và phát hiện "CB-01" ghi nhận:
        | thông tin         | giá trị                              |
        | văn bản còn thiếu | Tờ trình; dự thảo Quyết định công bố |
      Và phát hiện "CB-01" có nội dung "Tờ trình"

  Quy tắc: Hồ sơ gửi Văn phòng UBND tỉnh, hoặc «Kính gửi: Chủ tịch UBND tỉnh» qua Văn phòng (QTNB-05)

    @QTNB-05
    Kịch bản: Hồ sơ công bố gửi Văn phòng UBND tỉnh
      Cho hồ sơ gửi Văn phòng UBND tỉnh
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-05"

    # v1 coi Tờ trình «Kính gửi: Chủ tịch UBND tỉnh» là sai nơi nhận; v2: đó là con đường
    # thông thường của §QTNB-4 (Tờ trình gửi Chủ tịch, nộp qua Văn phòng UBND tỉnh).
    @QTNB-05
    Kịch bản: Tờ trình «Kính gửi: Chủ tịch UBND tỉnh» được chấp nhận như gửi Văn phòng UBND tỉnh
      Cho hồ sơ gửi Chủ tịch UBND tỉnh
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-05"

    @QTNB-05
    Khung kịch bản: Hồ sơ công bố gửi cơ quan khác, không qua Văn phòng UBND tỉnh
      Cho hồ sơ gửi <nơi nhận>
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-05" về hồ sơ trình
      Và phát hiện "QTNB-05" ghi nhận:
        | thông tin               | giá trị |
        | loại cơ quan nhận hồ sơ | <loại>  |
      Và phát hiện "QTNB-05" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"
      Và phát hiện "QTNB-05" có nội dung "Hồ sơ trình gửi <nơi nhận>"

      Dữ liệu:
        | nơi nhận                               | loại                                   |
        | Sở Nội vụ                              | sở, ban, ngành                         |
        | Trung tâm Phục vụ hành chính công tỉnh | Trung tâm Phục vụ hành chính công tỉnh |
        | Phòng Kiểm soát TTHC                   | Phòng Kiểm soát TTHC                   |

  Quy tắc: Chủ tịch UBND tỉnh phê duyệt (QTNB-07)

    @QTNB-07
    Kịch bản: Hồ sơ không nêu người phê duyệt thì hiểu là trình Chủ tịch UBND tỉnh
      Cho hồ sơ không nêu người phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-07"

    # v1 từ chối quyết định do Phó Chủ tịch ký; v2: Phó Chủ tịch ký thay «KT. CHỦ TỊCH» là
    # quyết định của Chủ tịch UBND tỉnh.
    @QTNB-07 @QTNB-13
    Kịch bản: Hồ sơ công bố trình Phó Chủ tịch UBND tỉnh ký thay Chủ tịch
      Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "KT. Chủ tịch", người ký "Phó Chủ tịch Nguyễn Văn A"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-07"
      Và không có phát hiện "QTNB-13"

    @QTNB-07
    Kịch bản: Hồ sơ công bố trình Ủy ban nhân dân tỉnh, không phải Chủ tịch UBND tỉnh, phê duyệt
      Cho hồ sơ trình Ủy ban nhân dân tỉnh phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-07" về hồ sơ trình
      Và phát hiện "QTNB-07" ghi nhận:
        | thông tin            | giá trị |
        | loại người phê duyệt | Ủy ban nhân dân tỉnh |
      Và phát hiện "QTNB-07" có nội dung "Hồ sơ trình Ủy ban nhân dân tỉnh phê duyệt"

  Quy tắc: Hồ sơ công bố còn viện dẫn các văn bản quốc gia về công bố thủ tục hành chính

    @CB-01
    Kịch bản: Hồ sơ công bố thiếu Tờ trình viện dẫn cả Nghị định 63/2010/NĐ-CP và Thông tư 02/2017/TT-VPCP
      Cho hồ sơ không có Tờ trình
      Khi kiểm tra hồ sơ
      Thì có phát hiện "CB-01" về hồ sơ trình
      Và phát hiện "CB-01" viện dẫn "§QTNB-6" của văn bản "9579/UBND-KSTT"
      Và phát hiện "CB-01" viện dẫn văn bản "Nghị định 63/2010/NĐ-CP"
      Và phát hiện "CB-01" viện dẫn văn bản "Thông tư 02/2017/TT-VPCP"
      # v3: CB-01 thuộc bộ quy định quốc gia về hồ sơ trình phê duyệt; căn cứ chính là Thông tư
      # 01/2018/TT-VPCP, §QTNB-6 (trích theo bản tin của tỉnh) là căn cứ viện dẫn thêm.
      Và căn cứ chính của phát hiện "CB-01" là "Điều 8 khoản 3 điểm a" của văn bản "Thông tư 01/2018/TT-VPCP"
      Và trích dẫn "§QTNB-6" của phát hiện "CB-01" lấy từ bản tin ngày 13/12/2019 của tỉnh

    @QTNB-05 @QTNB-07
    Kịch bản: Hồ sơ công bố gửi sai nơi và trình sai người: viện dẫn cả văn bản quốc gia về công bố
      Cho hồ sơ gửi Sở Nội vụ
      Và hồ sơ trình Giám đốc Sở phê duyệt
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-05" về hồ sơ trình
      Và có phát hiện "QTNB-07" về hồ sơ trình
      Và phát hiện "QTNB-05" viện dẫn văn bản "Nghị định 63/2010/NĐ-CP"
      Và phát hiện "QTNB-07" viện dẫn văn bản "Thông tư 02/2017/TT-VPCP"
