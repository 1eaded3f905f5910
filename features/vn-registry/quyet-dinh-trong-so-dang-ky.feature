# language: vi
Tính năng: Quyết định được dẫn chiếu phải có trong sổ đăng ký thủ tục của tỉnh
  Quy trình nội bộ sửa đổi phải sửa một quyết định phê duyệt có thật, và quy trình điện tử phải
  xây dựng trên một quyết định phê duyệt có thật, của chính thủ tục, cấp và trường hợp đó (Thông
  tư 01/2018/TT-VPCP, Điều 8: quy trình nội bộ do Chủ tịch UBND cấp tỉnh phê duyệt; quy trình điện
  tử xây dựng trên cơ sở quy trình nội bộ được phê duyệt; từ ngày 01/07/2025, Nghị định
  118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP; với tỉnh Vĩnh Phúc còn §QTDT-0, §QTNB-7 của Văn bản
  9579/UBND-KSTT). Quy tắc REG-01 áp dụng cho mọi tỉnh, đối chiếu với sổ đăng ký của tỉnh mà hồ
  sơ được kiểm tra, từ ngày 06/01/2019 (ngày Thông tư 01/2018/TT-VPCP có hiệu lực).
  Quyết định được dẫn chiếu có trong sổ khi sổ có quy trình nội bộ của thủ tục và cấp đó được
  phê duyệt theo quyết định ấy (đang có hiệu lực hoặc đã được thay thế). Số quyết định được so
  sánh không phân biệt cách viết (Quyết định số 1580/QD-UBND = 1580/QĐ-UBND). Thủ tục mà sổ đăng ký
  chưa có quy trình nội bộ nào thì không đối chiếu.

  Bối cảnh:
    Cho sổ đăng ký thủ tục có thủ tục "2.000815" "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận" thực hiện ở cấp huyện và cấp xã
    Và sổ đăng ký có quy trình nội bộ của thủ tục "2.000815" ở cấp xã được phê duyệt theo Quyết định "2870/QĐ-UBND" ngày 15/10/2020
    Và sổ đăng ký có quy trình nội bộ của thủ tục "2.000815" ở cấp huyện được phê duyệt theo Quyết định "1420/QĐ-UBND" ngày 20/04/2022, gồm 5 bước, tổng thời gian 8 giờ làm việc
    Và sổ đăng ký có quy trình nội bộ của thủ tục "2.000815" ở cấp xã được phê duyệt theo Quyết định "1580/QĐ-UBND" ngày 12/05/2022 gồm các bước:
      | bước | công việc                                 | người thực hiện             | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ                 | Bộ phận một cửa UBND cấp xã | 2 giờ làm việc       |
      | 2    | Đối chiếu bản sao với bản chính, trình ký | Công chức Tư pháp - Hộ tịch | 4 giờ làm việc       |
      | 3    | Ký chứng thực                             | Lãnh đạo UBND cấp xã        | 2 giờ làm việc       |
      | 4    | Vào sổ chứng thực, trả kết quả            | Bộ phận một cửa UBND cấp xã | Không tính thời gian |

  Quy tắc: Quy trình nội bộ sửa đổi một quyết định phê duyệt mà sổ đăng ký có cho thủ tục và cấp đó (REG-01)

    Bối cảnh:
      Cho hồ sơ trình sửa đổi, bổ sung quy trình nội bộ của Sở Tư pháp gửi ngày 20/10/2022
      Và hồ sơ gửi Văn phòng UBND tỉnh
      Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và các quy trình nội bộ trong hồ sơ có các bước:
        | bước | công việc                                 | người thực hiện             | thời gian            |
        | 1    | Tiếp nhận, kiểm tra hồ sơ                 | Bộ phận một cửa UBND cấp xã | 2 giờ làm việc       |
        | 2    | Đối chiếu bản sao với bản chính, trình ký | Công chức Tư pháp - Hộ tịch | 2 giờ làm việc       |
        | 3    | Ký chứng thực                             | Lãnh đạo UBND cấp xã        | 2 giờ làm việc       |
        | 4    | Vào sổ chứng thực, trả kết quả            | Bộ phận một cửa UBND cấp xã | Không tính thời gian |

    @REG-01
    Kịch bản: Sửa đổi quyết định đang có hiệu lực của quy trình cấp xã
      Cho thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "1580/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và không có phát hiện "REG-01"
      Và kết quả ghi rõ "quyết định được sửa đổi có trong sổ đăng ký" của quy trình nội bộ cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "có"
      Và kết quả ghi rõ "quyết định được sửa đổi đang có hiệu lực" của quy trình nội bộ cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "có"

    @REG-01
    Khung kịch bản: Số quyết định viết khác cách ghi trong sổ đăng ký vẫn là quyết định sổ có
      Cho thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "<quyết định được sửa đổi>" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì không có phát hiện "REG-01"
      Và kết quả ghi rõ "quyết định được sửa đổi có trong sổ đăng ký" của quy trình nội bộ cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "có"

      Dữ liệu:
        | quyết định được sửa đổi                     |
        | Quyết định số 1580/QD-UBND                  |
        | số 1580/qđ-ubnd ngày 12/5/2022              |
        | 1580 / QĐ - UBND                            |
        | Quyết định số 01580/QĐ-UBND ngày 12/05/2022 |

    @REG-01
    Kịch bản: Sửa đổi quyết định trước đây của quy trình cấp xã, nay đã được thay thế
      Cho thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "2870/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì không có phát hiện "REG-01"
      Và kết quả ghi rõ "quyết định được sửa đổi có trong sổ đăng ký" của quy trình nội bộ cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "có"
      Và kết quả ghi rõ "quyết định được sửa đổi đang có hiệu lực" của quy trình nội bộ cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "không"

    @REG-01
    Kịch bản: Quy trình cấp xã dẫn quyết định phê duyệt quy trình cấp huyện của thủ tục
      Cho thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "1420/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "REG-01" về quy trình nội bộ cấp xã của thủ tục "2.000815"
      Và phát hiện "REG-01" về quy trình nội bộ cấp xã của thủ tục "2.000815" ở mức "lỗi"
      Và phát hiện "REG-01" ghi nhận:
        | thông tin               | giá trị      |
        | quyết định được sửa đổi | 1420/QĐ-UBND |
        | quyết định làm căn cứ   | không nêu    |
      Và phát hiện "REG-01" có nội dung "không có trong sổ đăng ký"
      Và phát hiện "REG-01" viện dẫn "§QTNB-7" của văn bản "9579/UBND-KSTT"
      Và không có phát hiện "QTNB-11"
      Và kết quả ghi rõ "quyết định được sửa đổi có trong sổ đăng ký" của quy trình nội bộ cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "không"

    @REG-01
    Kịch bản: Cùng hồ sơ đó, kiểm tra không đối chiếu sổ đăng ký thì không biết quyết định có trong sổ hay không
      Cho thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "1420/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "REG-01"
      Và kết quả không ghi thông tin nào lấy từ sổ đăng ký

    @REG-01
    Kịch bản: Thủ tục sổ đăng ký chưa có quy trình nội bộ nào thì không đối chiếu quyết định
      Cho sổ đăng ký thủ tục có thủ tục "2.001019" "Chứng thực di chúc" thực hiện ở cấp huyện và cấp xã
      Và thủ tục "2.001019", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và không có phát hiện "REG-01"
      Và kết quả không ghi "quyết định được sửa đổi có trong sổ đăng ký" của quy trình nội bộ cấp xã của thủ tục "2.001019" lấy từ sổ đăng ký

    @REG-01
    Kịch bản: Thủ tục không có trong sổ đăng ký: kiểm tra như khi không có sổ
      Cho thủ tục "2.001035", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.001035" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Đạt"
      Và không có phát hiện "REG-01"
      Và kết quả không ghi thông tin nào lấy từ sổ đăng ký

  Quy tắc: Quy trình điện tử xây dựng trên quy trình nội bộ đã được phê duyệt mà sổ đăng ký có (REG-01)

    Bối cảnh:
      Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày 15/03/2023
      Và các quy trình điện tử được xây dựng trên Phần mềm một cửa dùng chung của tỉnh
      Và các quy trình điện tử đã kết nối Cổng dịch vụ công quốc gia
      Và thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình điện tử cấp xã của thủ tục "2.000815" do UBND cấp xã chủ trì, phối hợp với:
        | cơ quan phối hợp                    |
        | Trung tâm hành chính công cấp huyện |
        | cán bộ quản trị phần mềm cấp huyện  |
        | Phòng Kiểm soát TTHC                |

    @REG-01
    Kịch bản: Quy trình điện tử căn cứ một quyết định mà sổ đăng ký không có
      Cho quy trình điện tử căn cứ Quyết định "1234/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử gồm 4 bước, tổng thời gian 8 giờ làm việc
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "REG-01" về quy trình điện tử cấp xã của thủ tục "2.000815"
      Và phát hiện "REG-01" ghi nhận:
        | thông tin               | giá trị      |
        | quyết định làm căn cứ   | 1234/QĐ-UBND |
        | quyết định được sửa đổi | không nêu    |
      Và phát hiện "REG-01" viện dẫn "§QTDT-0" của văn bản "9579/UBND-KSTT"
      Và không có phát hiện "QTDT-01"
      Và không có phát hiện "QTDT-09"
      Và kết quả ghi rõ "quyết định làm căn cứ có trong sổ đăng ký" của quy trình điện tử cấp xã của thủ tục "2.000815" lấy từ sổ đăng ký là "không"

  Quy tắc: Áp dụng cho mọi tỉnh, từ ngày 06/01/2019 (REG-01)

    Bối cảnh:
      Cho hồ sơ trình sửa đổi, bổ sung quy trình nội bộ của Sở Tư pháp gửi ngày 20/10/2022
      Và hồ sơ gửi Văn phòng UBND tỉnh
      Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và thủ tục "2.000815", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.000815" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ gồm 4 bước, tổng thời gian 6 giờ làm việc
      Và quy trình nội bộ sửa đổi Quyết định "1420/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị

    @REG-01
    Kịch bản: Hồ sơ của tỉnh Cao Bằng được đối chiếu với sổ đăng ký, theo quy định quốc gia
      Cho hồ sơ thuộc tỉnh Cao Bằng
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và không áp dụng Văn bản 9579/UBND-KSTT
      Và áp dụng bộ quy định về sổ đăng ký thủ tục
      Và có phát hiện "REG-01" về quy trình nội bộ cấp xã của thủ tục "2.000815"
      Và phát hiện "REG-01" viện dẫn "Điều 8 khoản 4" của văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "REG-01" không viện dẫn văn bản "9579/UBND-KSTT"

    @REG-01
    Kịch bản: Cùng hồ sơ đó của tỉnh Vĩnh Phúc viện dẫn thêm Văn bản 9579/UBND-KSTT
      Cho hồ sơ thuộc tỉnh Vĩnh Phúc
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì có phát hiện "REG-01" về quy trình nội bộ cấp xã của thủ tục "2.000815"
      Và phát hiện "REG-01" viện dẫn "Điều 8 khoản 4" của văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "REG-01" viện dẫn "§QTNB-7" của văn bản "9579/UBND-KSTT"

    @REG-01
    Kịch bản: Hồ sơ của tỉnh Cao Bằng sửa đổi đúng quyết định mà sổ đăng ký có
      Cho hồ sơ thuộc tỉnh Cao Bằng
      Và quy trình nội bộ sửa đổi Quyết định "1580/QĐ-UBND" của Chủ tịch UBND tỉnh
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì không có phát hiện "REG-01"

    @REG-01
    Khung kịch bản: Sau ngày 01/07/2025 căn cứ là Nghị định 118/2025/NĐ-CP, và Thông tư 03/2025/TT-VPCP từ ngày 15/09/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ thuộc tỉnh Cao Bằng
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì có phát hiện "REG-01" về quy trình nội bộ cấp xã của thủ tục "2.000815"
      Và căn cứ chính của phát hiện "REG-01" là văn bản "Nghị định 118/2025/NĐ-CP", chưa trích nguyên văn
      Và phát hiện "REG-01" không viện dẫn văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "REG-01" <viện dẫn> văn bản "Thông tư 03/2025/TT-VPCP"

      Dữ liệu:
        | ngày gửi   | viện dẫn       |
        | 14/09/2025 | không viện dẫn |
        | 15/09/2025 | viện dẫn       |

    @REG-01
    Khung kịch bản: Trước và từ ngày Thông tư 01/2018/TT-VPCP có hiệu lực
      Cho sổ đăng ký thủ tục có thủ tục "2.001035" thực hiện ở cấp huyện và cấp xã
      Và sổ đăng ký có quy trình nội bộ của thủ tục "2.001035" ở cấp xã được phê duyệt theo Quyết định "45/QĐ-UBND" ngày 10/12/2018
      Và hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ thuộc tỉnh Cao Bằng
      Và thủ tục "2.001035", thực hiện ở cấp huyện và cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.001035" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ gồm 4 bước, tổng thời gian 6 giờ làm việc
      Và quy trình nội bộ sửa đổi Quyết định "99/QĐ-UBND" của Chủ tịch UBND tỉnh
      Khi kiểm tra hồ sơ đối chiếu với sổ đăng ký thủ tục
      Thì <áp dụng> bộ quy định về sổ đăng ký thủ tục
      Và <REG-01> phát hiện "REG-01" về quy trình nội bộ cấp xã của thủ tục "2.001035"

      Dữ liệu:
        | ngày gửi   | áp dụng       | REG-01   |
        | 05/01/2019 | không áp dụng | không có |
        | 06/01/2019 | áp dụng       | có       |
