# language: vi
Tính năng: Tỉnh, thành phố không còn sau sắp xếp đơn vị hành chính
  Từ ngày 01/07/2025 (Nghị quyết 202/2025/QH15), 52 trong 63 đơn vị hành chính cấp tỉnh cũ được
  hợp nhất thành 23 đơn vị mới; tỉnh Vĩnh Phúc nay thuộc tỉnh Phú Thọ. Từ ngày 01/01/2025 tỉnh
  Thừa Thiên Huế là thành phố Huế trực thuộc trung ương (Nghị quyết 175/2024/QH15). Các tỉnh
  giữ nguyên tên (Đồng Nai, Vĩnh Long …) không bị coi là không còn.
  Hồ sơ ghi một tỉnh đã không còn vào ngày trình thì bị nêu (JUR-01, lỗi): hồ sơ phải trình Ủy
  ban nhân dân của tỉnh kế thừa; chỉ các quy định chung của cả nước được áp dụng. Hồ sơ không ghi
  tỉnh, trên hệ thống được cài đặt cho một tỉnh đã không còn, được kiểm tra theo quy định của tỉnh
  kế thừa (JUR-02, thông tin).

  Bối cảnh:
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 15/09/2025
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.000815", thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình nội bộ gồm 3 bước, tổng thời gian 2 ngày làm việc

  Quy tắc: Hồ sơ ghi tỉnh không còn (JUR-01)

    @JUR-01
    Khung kịch bản: Hồ sơ ghi tỉnh Vĩnh Phúc, trước và từ ngày 01/07/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ thuộc tỉnh Vĩnh Phúc
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Vĩnh Phúc
      Và <JUR-01> phát hiện "JUR-01" về hồ sơ trình
      Và <9579> Văn bản 9579/UBND-KSTT

      Dữ liệu:
        | ngày gửi   | kết quả                             | JUR-01   | 9579          |
        | 30/06/2025 | Đạt                                 | không có | áp dụng       |
        | 01/07/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       | không áp dụng |

    @JUR-01
    Kịch bản: Hồ sơ ghi tỉnh Vĩnh Phúc sau ngày sắp xếp: phải trình Ủy ban nhân dân tỉnh Phú Thọ
      Cho hồ sơ thuộc tỉnh Vĩnh Phúc
      Khi kiểm tra hồ sơ
      Thì phát hiện "JUR-01" về hồ sơ trình ở mức "lỗi"
      Và phát hiện "JUR-01" ghi nhận:
        | thông tin                      | giá trị        |
        | tỉnh, thành phố ghi trong hồ sơ | tỉnh Vĩnh Phúc |
        | tỉnh, thành phố kế thừa         | tỉnh Phú Thọ   |
      Và phát hiện "JUR-01" có nội dung "phải trình Ủy ban nhân dân tỉnh Phú Thọ"
      Và căn cứ chính của phát hiện "JUR-01" là văn bản "Nghị quyết 202/2025/QH15", chưa trích nguyên văn
      Và áp dụng bộ quy định về hồ sơ trình phê duyệt
      Và áp dụng bộ quy định về một cửa theo Nghị định 118/2025

    @JUR-01
    Khung kịch bản: Cùng hồ sơ tháng 9/2025 ghi tỉnh Vĩnh Phúc hay tỉnh Phú Thọ
      Cho hồ sơ thuộc <tỉnh>
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <JUR-01> phát hiện "JUR-01" về hồ sơ trình

      Dữ liệu:
        | tỉnh           | kết quả                             | JUR-01   |
        | tỉnh Vĩnh Phúc | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
        | tỉnh Phú Thọ   | Đạt                                 | không có |

    @JUR-01
    Khung kịch bản: Tỉnh giữ nguyên tên khi sắp xếp không bị coi là không còn
      Cho hồ sơ thuộc <tỉnh>
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "JUR-01"

      Dữ liệu:
        | tỉnh           |
        | tỉnh Đồng Nai  |
        | tỉnh Vĩnh Long |
        | tỉnh Cao Bằng  |

    @JUR-01
    Kịch bản: Hồ sơ ghi tỉnh Bà Rịa - Vũng Tàu sau ngày sắp xếp: thành phố Hồ Chí Minh kế thừa
      Cho hồ sơ ghi mã tỉnh "ba-ria-vung-tau"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và phát hiện "JUR-01" ghi nhận:
        | thông tin               | giá trị                 |
        | tỉnh, thành phố kế thừa | thành phố Hồ Chí Minh   |

    @JUR-01
    Khung kịch bản: Hồ sơ ghi tỉnh Thừa Thiên Huế, trước và từ ngày 01/01/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ ghi mã tỉnh "thua-thien-hue"
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <JUR-01> phát hiện "JUR-01" về hồ sơ trình

      Dữ liệu:
        | ngày gửi   | kết quả                             | JUR-01   |
        | 31/12/2024 | Đạt                                 | không có |
        | 01/01/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

    @JUR-01
    Kịch bản: Hồ sơ ghi tỉnh Thừa Thiên Huế năm 2025: thành phố Huế kế thừa
      Cho hồ sơ gửi ngày 10/03/2025
      Và hồ sơ ghi mã tỉnh "thua-thien-hue"
      Khi kiểm tra hồ sơ
      Thì phát hiện "JUR-01" ghi nhận:
        | thông tin               | giá trị        |
        | tỉnh, thành phố kế thừa | thành phố Huế  |
      Và căn cứ chính của phát hiện "JUR-01" là văn bản "Nghị quyết 175/2024/QH15", chưa trích nguyên văn
      Và phát hiện "JUR-01" không viện dẫn văn bản "Nghị quyết 202/2025/QH15"

    @JUR-01 @QTNB-06
    Kịch bản: Với hồ sơ ghi tỉnh không còn, các quy định chung của cả nước vẫn được kiểm tra
      Cho hồ sơ thuộc tỉnh Vĩnh Phúc
      Và hồ sơ không có Tờ trình
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "JUR-01" về hồ sơ trình
      Và có phát hiện "QTNB-06" về hồ sơ trình

  Quy tắc: Hồ sơ không ghi tỉnh, trên hệ thống cài đặt cho tỉnh không còn (JUR-02)

    @JUR-02
    Khung kịch bản: Hệ thống cài đặt cho tỉnh Vĩnh Phúc, hồ sơ không ghi tỉnh, trước và từ ngày 01/07/2025
      Cho hệ thống được cài đặt cho tỉnh Vĩnh Phúc
      Và hồ sơ không ghi tỉnh, thành phố
      Và hồ sơ gửi ngày <ngày gửi>
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và hồ sơ được kiểm tra theo quy định áp dụng cho <tỉnh>
      Và <JUR-02> phát hiện "JUR-02" về hồ sơ trình

      Dữ liệu:
        | ngày gửi   | tỉnh           | JUR-02   |
        | 30/06/2025 | tỉnh Vĩnh Phúc | không có |
        | 01/07/2025 | tỉnh Phú Thọ   | có       |

    @JUR-02
    Kịch bản: Hồ sơ không ghi tỉnh được kiểm tra theo tỉnh kế thừa, và kết quả nói rõ điều đó
      Cho hệ thống được cài đặt cho tỉnh Vĩnh Phúc
      Và hồ sơ không ghi tỉnh, thành phố
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và phát hiện "JUR-02" về hồ sơ trình ở mức "thông tin"
      Và phát hiện "JUR-02" ghi nhận:
        | thông tin                           | giá trị        |
        | tỉnh, thành phố cài đặt của hệ thống | tỉnh Vĩnh Phúc |
        | tỉnh, thành phố kế thừa              | tỉnh Phú Thọ   |
      Và không áp dụng Văn bản 9579/UBND-KSTT
      Và không có phát hiện "JUR-01"

    @JUR-02
    Kịch bản: Hệ thống cài đặt cho tỉnh còn tồn tại: không có phát hiện JUR-02
      Cho hệ thống được cài đặt cho tỉnh Cao Bằng
      Và hồ sơ không ghi tỉnh, thành phố
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và hồ sơ được kiểm tra theo quy định áp dụng cho tỉnh Cao Bằng
      Và không có phát hiện "JUR-02"
