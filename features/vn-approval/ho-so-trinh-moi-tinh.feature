# language: vi
Tính năng: Hồ sơ trình phê duyệt quy trình nội bộ ở mọi tỉnh
  Thông tư 01/2018/TT-VPCP Điều 8 khoản 3 điểm a ràng buộc mọi tỉnh: sở, ban, ngành xây dựng quy
  trình nội bộ và gửi hồ sơ trình (gồm Tờ trình, dự thảo Quyết định phê duyệt) đến Văn phòng
  UBND cấp tỉnh, Chủ tịch UBND tỉnh phê duyệt. Từ bản v3 của danh mục quy tắc, các kiểm tra về
  nơi gửi (QTNB-05), thành phần hồ sơ (QTNB-06, CB-01) và người phê duyệt (QTNB-07) thuộc bộ quy
  định quốc gia về hồ sơ trình phê duyệt, áp dụng từ ngày 06/01/2019 cho mọi tỉnh; trước v3 chúng
  chỉ áp dụng cho tỉnh Vĩnh Phúc, nên một hồ sơ của tỉnh khác thiếu Tờ trình vẫn «Đạt».
  Căn cứ được viện dẫn theo ngày của hồ sơ: Thông tư 01/2018/TT-VPCP đến hết 30/06/2025; Nghị
  định 118/2025/NĐ-CP từ 01/07/2025; thêm Thông tư 03/2025/TT-VPCP từ 15/09/2025.

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp tỉnh Cao Bằng gửi ngày 20/11/2025
    Và hồ sơ thuộc tỉnh Cao Bằng
    Và hồ sơ gửi Văn phòng UBND tỉnh Cao Bằng
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp tỉnh Cao Bằng chủ trì, phối hợp với "UBND cấp xã"
    Và quy trình nội bộ gồm 3 bước, tổng thời gian 2 ngày làm việc

  Quy tắc: Hồ sơ gồm Tờ trình và dự thảo Quyết định phê duyệt, ở mọi tỉnh (QTNB-06)

    @QTNB-06
    Kịch bản: Hồ sơ của tỉnh Cao Bằng đủ Tờ trình và dự thảo Quyết định
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và áp dụng bộ quy định về hồ sơ trình phê duyệt
      Và không áp dụng Văn bản 9579/UBND-KSTT
      Và không có phát hiện "QTNB-06"

    @QTNB-06
    Kịch bản: Hồ sơ của tỉnh Cao Bằng không có Tờ trình
      Cho hồ sơ không có Tờ trình
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-06" về hồ sơ trình
      Và phát hiện "QTNB-06" ghi nhận:
        | thông tin         | giá trị  |
        | văn bản còn thiếu | Tờ trình |
      Và căn cứ chính của phát hiện "QTNB-06" là văn bản "Nghị định 118/2025/NĐ-CP", chưa trích nguyên văn
      Và phát hiện "QTNB-06" viện dẫn văn bản "Thông tư 03/2025/TT-VPCP"
      Và phát hiện "QTNB-06" không viện dẫn văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "QTNB-06" không viện dẫn văn bản "9579/UBND-KSTT"

    @QTNB-06
    Khung kịch bản: Hồ sơ không có Tờ trình, trước và từ ngày Thông tư 01/2018/TT-VPCP có hiệu lực
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ không có Tờ trình
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <áp dụng> bộ quy định về hồ sơ trình phê duyệt
      Và <QTNB-06> phát hiện "QTNB-06" về hồ sơ trình

      Dữ liệu:
        | ngày gửi   | kết quả                             | áp dụng       | QTNB-06  |
        | 05/01/2019 | Đạt                                 | không áp dụng | không có |
        | 06/01/2019 | Chưa đạt — đề nghị hoàn thiện hồ sơ | áp dụng       | có       |

    @QTNB-06
    Khung kịch bản: Căn cứ được viện dẫn theo ngày của hồ sơ
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ không có Tờ trình
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-06" về hồ sơ trình
      Và phát hiện "QTNB-06" <Thông tư 01/2018> văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "QTNB-06" <Nghị định 118/2025> văn bản "Nghị định 118/2025/NĐ-CP"
      Và phát hiện "QTNB-06" <Thông tư 03/2025> văn bản "Thông tư 03/2025/TT-VPCP"

      Dữ liệu:
        | ngày gửi   | Thông tư 01/2018 | Nghị định 118/2025 | Thông tư 03/2025 |
        | 30/06/2025 | viện dẫn         | không viện dẫn     | không viện dẫn   |
        | 01/07/2025 | không viện dẫn   | viện dẫn           | không viện dẫn   |
        | 14/09/2025 | không viện dẫn   | viện dẫn           | không viện dẫn   |
        | 15/09/2025 | không viện dẫn   | viện dẫn           | viện dẫn         |

  Quy tắc: Gửi Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh phê duyệt, ở mọi tỉnh (QTNB-05, QTNB-07)

    @QTNB-05 @QTNB-06 @QTNB-07
    Kịch bản: Hồ sơ năm 2024 của tỉnh Đồng Nai không có Tờ trình, gửi Sở Nội vụ, trình Giám đốc Sở phê duyệt
      Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Nội vụ tỉnh Đồng Nai gửi ngày 12/06/2024
      Và hồ sơ thuộc tỉnh Đồng Nai
      Và hồ sơ gửi Sở Nội vụ
      Và hồ sơ trình Giám đốc Sở Nội vụ phê duyệt
      Và hồ sơ gồm: dự thảo Quyết định phê duyệt quy trình nội bộ
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-05" về hồ sơ trình
      Và có phát hiện "QTNB-06" về hồ sơ trình
      Và có phát hiện "QTNB-07" về hồ sơ trình
      Và căn cứ chính của phát hiện "QTNB-07" là "Điều 8 khoản 3 điểm a" của văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "QTNB-07" không viện dẫn văn bản "9579/UBND-KSTT"

    @QTNB-05
    Khung kịch bản: Tờ trình gửi Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh hoặc Ủy ban nhân dân tỉnh
      Cho hồ sơ gửi <nơi nhận>
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-05"

      Dữ liệu:
        | nơi nhận                     |
        | Văn phòng UBND tỉnh Cao Bằng |
        | Chủ tịch UBND tỉnh           |
        | Ủy ban nhân dân tỉnh         |

    @QTNB-05
    Kịch bản: Tờ trình gửi thẳng Trung tâm Phục vụ hành chính công tỉnh
      Cho hồ sơ gửi Trung tâm Phục vụ hành chính công tỉnh Cao Bằng
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-05" về hồ sơ trình
      Và phát hiện "QTNB-05" ghi nhận:
        | thông tin              | giá trị                                |
        | loại cơ quan nhận hồ sơ | Trung tâm Phục vụ hành chính công tỉnh |

    @QTNB-07
    Kịch bản: Ủy ban nhân dân tỉnh không phải là người phê duyệt quy trình nội bộ
      Cho hồ sơ trình Ủy ban nhân dân tỉnh phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-07" về hồ sơ trình
