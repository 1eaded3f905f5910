# language: vi
Tính năng: Văn bản 9579/UBND-KSTT áp dụng cho tỉnh Vĩnh Phúc đến hết 30/06/2025; quy định quốc gia áp dụng cho mọi tỉnh
  Văn bản 9579/UBND-KSTT của UBND tỉnh Vĩnh Phúc ràng buộc tỉnh Vĩnh Phúc; Nghị định
  61/2018/NĐ-CP, Nghị định 118/2025/NĐ-CP, Luật 72/2025/QH15 và Thông tư 01/2018/TT-VPCP ràng
  buộc mọi tỉnh. Hồ sơ ghi tỉnh, thành phố của mình; hồ sơ không ghi thì được kiểm tra theo tỉnh
  mà hệ thống được cài đặt (mặc định là tỉnh Vĩnh Phúc). Kết quả ghi rõ tỉnh đã dùng.
  Hồ sơ trình phải gửi Văn phòng UBND tỉnh (QTNB-05): từ bản v3 của danh mục quy tắc đây là quy
  định quốc gia (Thông tư 01/2018/TT-VPCP Điều 8 khoản 3 điểm a), áp dụng cho mọi tỉnh.
  Từ ngày 01/07/2025 tỉnh Vĩnh Phúc được nhập vào tỉnh Phú Thọ (Nghị quyết 202/2025/QH15):
  Văn bản 9579/UBND-KSTT hết áp dụng, và hồ sơ còn ghi tỉnh Vĩnh Phúc bị nêu (JUR-01).

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Khoa học và Công nghệ gửi ngày 12/10/2023
    Và hồ sơ gửi Trung tâm Phục vụ hành chính công tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "1.014445", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 15 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "1.014445" do Sở Khoa học và Công nghệ chủ trì
    Và quy trình nội bộ gồm 8 bước, tổng thời gian 16 ngày làm việc

  # v3: QTNB-05 là quy định quốc gia (bộ quy định về hồ sơ trình phê duyệt), nên hồ sơ của tỉnh
  # Cao Bằng gửi thẳng Trung tâm Phục vụ hành chính công cũng bị nêu; v2 chỉ nêu với tỉnh Vĩnh Phúc.
  @QTNB-03 @QTNB-05 @ND61-02
  Kịch bản: Hồ sơ của tỉnh Cao Bằng chỉ áp dụng quy định quốc gia
    Cho hồ sơ thuộc tỉnh Cao Bằng
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Cao Bằng
    Và áp dụng bộ quy định về một cửa theo Nghị định 61/2018
    Và áp dụng bộ quy định về hồ sơ trình phê duyệt
    Và không áp dụng Văn bản 9579/UBND-KSTT
    Và có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"
    Và có phát hiện "QTNB-05" về hồ sơ trình
    Và phát hiện "QTNB-05" không viện dẫn văn bản "9579/UBND-KSTT"
    Và không có phát hiện "QTNB-03"

  @QTNB-03 @QTNB-05 @ND61-02
  Kịch bản: Cùng hồ sơ đó của tỉnh Vĩnh Phúc áp dụng thêm Văn bản 9579/UBND-KSTT
    Cho hồ sơ thuộc tỉnh Vĩnh Phúc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Vĩnh Phúc
    Và áp dụng bộ quy định về một cửa theo Nghị định 61/2018
    Và áp dụng Văn bản 9579/UBND-KSTT
    Và có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"
    Và có phát hiện "QTNB-05" về hồ sơ trình
    Và phát hiện "QTNB-05" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"
    Và có phát hiện "QTNB-03" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"

  @QTNB-03
  Kịch bản: Hồ sơ không ghi tỉnh được kiểm tra theo tỉnh Vĩnh Phúc, tỉnh mặc định của hệ thống
    Cho hồ sơ không ghi tỉnh, thành phố
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Vĩnh Phúc
    Và áp dụng Văn bản 9579/UBND-KSTT
    Và có phát hiện "QTNB-03" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"

  @QTNB-03 @ND61-02
  Kịch bản: Hệ thống cài đặt cho tỉnh Cao Bằng: hồ sơ không ghi tỉnh là hồ sơ của tỉnh Cao Bằng
    Cho hệ thống được cài đặt cho tỉnh Cao Bằng
    Và hồ sơ không ghi tỉnh, thành phố
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Cao Bằng
    Và không áp dụng Văn bản 9579/UBND-KSTT
    Và không có phát hiện "QTNB-03"
    Và có phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"

  @QTNB-03
  Kịch bản: Hệ thống cài đặt cho tỉnh Cao Bằng, hồ sơ ghi tỉnh Vĩnh Phúc: theo tỉnh hồ sơ ghi
    Cho hệ thống được cài đặt cho tỉnh Cao Bằng
    Và hồ sơ thuộc tỉnh Vĩnh Phúc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Vĩnh Phúc
    Và có phát hiện "QTNB-03" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"

  # v3: cách hiểu của v2 (văn bản của tỉnh được sắp xếp vẫn áp dụng cho hồ sơ ghi tỉnh Vĩnh Phúc sau
  # ngày 01/07/2025) được rút lại. Văn bản 9579/UBND-KSTT hết áp dụng từ ngày đó với mọi hồ sơ; hồ sơ
  # còn ghi tỉnh Vĩnh Phúc bị nêu (JUR-01), hồ sơ ghi tỉnh Phú Thọ thì không.
  @JUR-01 @QTNB-05 @ND118-02
  Khung kịch bản: Sau ngày 01/07/2025, Văn bản 9579/UBND-KSTT không áp dụng, dù hồ sơ ghi tỉnh Vĩnh Phúc hay tỉnh Phú Thọ
    Cho hồ sơ gửi ngày 15/09/2025
    Và hồ sơ thuộc <tỉnh>
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho <tỉnh>
    Và không áp dụng Văn bản 9579/UBND-KSTT
    Và áp dụng bộ quy định về một cửa theo Nghị định 118/2025
    Và <JUR-01> phát hiện "JUR-01" về hồ sơ trình
    Và có phát hiện "QTNB-05" về hồ sơ trình
    Và phát hiện "QTNB-05" không viện dẫn văn bản "9579/UBND-KSTT"
    Và có phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"

    Dữ liệu:
      | tỉnh           | JUR-01   |
      | tỉnh Vĩnh Phúc | có       |
      | tỉnh Phú Thọ   | không có |

  @ND61-02
  Khung kịch bản: Hồ sơ của tỉnh Cao Bằng gửi trước khi có quy định quốc gia nào
    Cho hồ sơ gửi ngày <ngày gửi>
    Và hồ sơ thuộc tỉnh Cao Bằng
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <ND61-02> phát hiện "ND61-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014445"

    Dữ liệu:
      | ngày gửi   | kết quả                             | ND61-02  |
      | 20/06/2018 | Chưa có quy định áp dụng            | không có |
      | 21/06/2018 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

  Kịch bản: Tỉnh không có trong danh sách các tỉnh, thành phố thì hồ sơ bị trả lại
    Cho hồ sơ ghi mã tỉnh "vinh-phuc-moi"
    Khi kiểm tra hồ sơ
    Thì hồ sơ bị trả lại vì tỉnh, thành phố không có trong danh sách

  # v3: tỉnh có tên cũ vẫn được nhận ra (không bị trả lại như mã tỉnh lạ), nhưng bị nêu là không
  # còn (JUR-01): từ ngày 01/01/2025 tỉnh Thừa Thiên Huế là thành phố Huế.
  @JUR-01
  Kịch bản: Tỉnh có tên cũ hoặc đã được sắp xếp vẫn được nhận ra, ở mọi ngày
    Cho hồ sơ gửi ngày 20/01/2026
    Và hồ sơ ghi mã tỉnh "thua-thien-hue"
    Khi kiểm tra hồ sơ
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Thừa Thiên Huế
    Và có phát hiện "JUR-01" về hồ sơ trình
    Và không áp dụng Văn bản 9579/UBND-KSTT
