# language: vi
Tính năng: Thời điểm áp dụng Văn bản 9579/UBND-KSTT
  Hồ sơ được kiểm tra theo các quy định có hiệu lực vào ngày gửi hồ sơ.
  - Văn bản 9579/UBND-KSTT áp dụng từ ngày ban hành 29/11/2019; chưa có ngày hết hiệu lực.
  - Từ ngày 01/07/2025 chính quyền địa phương tổ chức theo hai cấp (tỉnh, xã), không còn cấp
    huyện: các quy tắc chỉ có nghĩa khi còn cấp huyện (QTNB-04, QTDT-04, QTDT-06) áp dụng đến hết
    ngày 30/06/2025.

  @QTNB-08
  Khung kịch bản: Văn bản 9579/UBND-KSTT áp dụng cho hồ sơ gửi từ ngày 29/11/2019
    Cho hồ sơ trình công bố của Sở Xây dựng gửi ngày <ngày gửi>
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố
    Và thủ tục "1.009994" mới ban hành, thực hiện ở cấp tỉnh
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <áp dụng> Văn bản 9579/UBND-KSTT
    Và áp dụng bộ quy định về một cửa theo Nghị định 61/2018
    Và <QTNB-08> phát hiện "QTNB-08" về thủ tục "1.009994"

    Dữ liệu:
      | ngày gửi   | kết quả                             | áp dụng       | QTNB-08  |
      | 28/11/2019 | Đạt                                 | không áp dụng | không có |
      | 29/11/2019 | Chưa đạt — đề nghị hoàn thiện hồ sơ | áp dụng       | có       |

  @QTNB-04
  Khung kịch bản: Quy trình nội bộ cấp xã không phối hợp với UBND cấp huyện, trước và sau ngày 01/07/2025
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày <ngày gửi>
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
    Và quy trình nội bộ gồm 3 bước, tổng thời gian 2 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <QTNB-04> phát hiện "QTNB-04" về quy trình nội bộ cấp xã của thủ tục "2.001019"

    Dữ liệu:
      | ngày gửi   | kết quả                             | QTNB-04  |
      | 04/05/2020 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
      | 30/06/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
      | 01/07/2025 | Đạt                                 | không có |
      | 15/09/2025 | Đạt                                 | không có |

  @QTDT-04
  Khung kịch bản: Quy trình điện tử cấp huyện do UBND cấp huyện chủ trì, trước và sau ngày 01/07/2025
    Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày <ngày gửi>
    Và thủ tục "2.000815", thực hiện ở cấp huyện
    Và quy trình điện tử cấp huyện của thủ tục "2.000815" do UBND cấp huyện chủ trì, phối hợp với "Phòng Tư pháp cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
    Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh
    Khi kiểm tra hồ sơ
    Thì <QTDT-04> phát hiện "QTDT-04" về quy trình điện tử cấp huyện của thủ tục "2.000815"
    Và <CQDP-01> phát hiện "CQDP-01" về quy trình điện tử cấp huyện của thủ tục "2.000815"

    Dữ liệu:
      | ngày gửi   | QTDT-04  | CQDP-01  |
      | 30/06/2025 | có       | không có |
      | 01/07/2025 | không có | có       |

  @QTDT-06 @QTDT-05
  Khung kịch bản: Quy trình điện tử cấp xã không phối hợp với cấp huyện, trước và sau ngày 01/07/2025
    Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày <ngày gửi>
    Và thủ tục "2.001019", thực hiện ở cấp xã
    Và quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Phòng Kiểm soát TTHC"
    Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <QTDT-06> phát hiện "QTDT-06" về quy trình điện tử cấp xã của thủ tục "2.001019"
    Và không có phát hiện "QTDT-05"

    Dữ liệu:
      | ngày gửi   | kết quả                             | QTDT-06  |
      | 30/06/2025 | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
      | 01/07/2025 | Đạt                                 | không có |

  @QTNB-04 @CQDP-01
  Kịch bản: Kiểm tra lại hồ sơ gửi năm 2020 theo quy định có hiệu lực sau ngày 01/07/2025
    Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 04/05/2020
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và thủ tục "2.000908", thực hiện ở cấp huyện và cấp xã
    Và quy trình nội bộ cấp huyện và cấp xã của thủ tục "2.000908" do Sở Tư pháp chủ trì
    Và quy trình nội bộ gồm 3 bước, tổng thời gian 1 ngày làm việc
    Khi kiểm tra hồ sơ theo quy định có hiệu lực ngày 15/09/2025
    Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
    Và áp dụng bộ quy định về chính quyền địa phương hai cấp
    Và không có phát hiện "QTNB-04"
    Và có phát hiện "CQDP-01" về thủ tục "2.000908"
    Và có phát hiện "CQDP-01" về quy trình nội bộ cấp huyện của thủ tục "2.000908"
