# language: vi
Tính năng: Hình thức ký quyết định phê duyệt quy trình nội bộ
  Thông tư 01/2018/TT-VPCP Điều 8 khoản 3 điểm a (từ 01/07/2025 Nghị định 118/2025/NĐ-CP; với
  tỉnh Vĩnh Phúc đến 30/06/2025 còn Văn bản 9579/UBND-KSTT, §QTNB-4): quy trình nội bộ được
  trình Chủ tịch UBND tỉnh phê duyệt. Từ bản v3 của danh mục quy tắc, QTNB-07 và QTNB-13 áp dụng
  cho mọi tỉnh, từ ngày 06/01/2019.
  Trong thực tế, phần lớn quyết định phê duyệt quy trình nội bộ năm 2025 do Phó Chủ tịch ký thay
  («KT. CHỦ TỊCH / PHÓ CHỦ TỊCH»): đó vẫn là quyết định của Chủ tịch UBND tỉnh. Vì vậy các quy
  tắc về người phê duyệt (QTNB-07, QTNB-11, QTDT-01) chỉ xét người phê duyệt có phải Chủ tịch
  UBND tỉnh hay không, không xét hình thức ký. Riêng QTNB-13 (cảnh báo) đề nghị người thẩm định
  xem xét quyết định ký «TM. ỦY BAN NHÂN DÂN» (thay mặt tập thể) hoặc «TL.», «TUQ.» (thừa lệnh,
  thừa ủy quyền), là các hình thức bất thường cho việc phê duyệt quy trình nội bộ. Không nêu hình
  thức ký, hoặc không nêu người phê duyệt, được hiểu là Chủ tịch ký. «TUQ.» (thừa ủy quyền) được
  nêu dù có hay không có ủy quyền; quyết định của người được Chủ tịch ủy quyền phê duyệt thì
  không bị nêu theo QTNB-13 (xem uy-quyen.feature).

  Quy tắc: Dự thảo quyết định của hồ sơ trình (QTNB-07, QTNB-13)

    Bối cảnh:
      Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Tư pháp gửi ngày 14/09/2021
      Và hồ sơ gửi Văn phòng UBND tỉnh
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

    @QTNB-07 @QTNB-13
    Khung kịch bản: Chủ tịch UBND tỉnh phê duyệt, theo từng hình thức ký
      Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "<hình thức ký>"
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và không có phát hiện "QTNB-07"
      Và <QTNB-13> phát hiện "QTNB-13" về hồ sơ trình

      Dữ liệu:
        | hình thức ký        | kết quả          | QTNB-13  |
        | Chủ tịch ký         | Đạt              | không có |
        | KT. Chủ tịch        | Đạt              | không có |
        | TM. Ủy ban nhân dân | Cần xem xét thêm | có       |
        | TL. Chủ tịch        | Cần xem xét thêm | có       |
        | TUQ. Chủ tịch       | Cần xem xét thêm | có       |

    @QTNB-13
    Kịch bản: Dự thảo quyết định ký thay mặt Ủy ban nhân dân: người thẩm định xem xét
      Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "TM. Ủy ban nhân dân", người ký "Chủ tịch Trần Văn B"
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTNB-13" về hồ sơ trình ở mức "cảnh báo"
      Và phát hiện "QTNB-13" ghi nhận:
        | thông tin    | giá trị             |
        | hình thức ký | TM. Ủy ban nhân dân |
        | người ký     | Chủ tịch Trần Văn B |
        | quyết định   | không nêu           |
      # v3: câu chữ tự nhiên hơn, mỗi lần một dấu ngoặc; v2: «… ký theo hình thức thay mặt Ủy ban
      # nhân dân («TM. Ủy ban nhân dân») (người ký: …)».
      Và phát hiện "QTNB-13" có nội dung "Dự thảo Quyết định trong hồ sơ trình được ký theo hình thức thay mặt Ủy ban nhân dân («TM. Ủy ban nhân dân»), người ký: Chủ tịch Trần Văn B; phê duyệt quy trình nội bộ là thẩm quyền của Chủ tịch UBND tỉnh"
      Và phát hiện "QTNB-13" viện dẫn "Điều 8 khoản 3 điểm a" của văn bản "Thông tư 01/2018/TT-VPCP"
      Và phát hiện "QTNB-13" viện dẫn "§QTNB-4" của văn bản "9579/UBND-KSTT"

    @QTNB-13
    Kịch bản: Thừa ủy quyền và thừa lệnh là hai hình thức ký khác nhau
      Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "TUQ. Chủ tịch", người ký "Chánh Văn phòng Lê Văn C"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTNB-13" ghi nhận:
        | thông tin    | giá trị       |
        | hình thức ký | TUQ. Chủ tịch |
      Và phát hiện "QTNB-13" có nội dung "được ký theo hình thức thừa ủy quyền («TUQ.»), người ký: Chánh Văn phòng Lê Văn C"
      Và phát hiện "QTNB-13" không có nội dung "thừa lệnh"

    @QTNB-13
    Kịch bản: Không nêu người phê duyệt thì hiểu là Chủ tịch ký
      Cho hồ sơ không nêu người phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-13"

    @QTNB-13
    Kịch bản: Nêu Chủ tịch UBND tỉnh phê duyệt, không nêu hình thức ký: hiểu là Chủ tịch ký
      Cho hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-13"

    @QTNB-07 @QTNB-13
    Kịch bản: Giám đốc Sở ký thừa lệnh: sai thẩm quyền (QTNB-07), không phải việc của QTNB-13
      Cho hồ sơ trình Giám đốc Sở phê duyệt
      Và dự thảo quyết định ký theo hình thức "TL. Chủ tịch"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-07" về hồ sơ trình
      Và không có phát hiện "QTNB-13"

    # v3: QTNB-13 thuộc bộ quy định quốc gia về hồ sơ trình phê duyệt, áp dụng từ ngày Thông tư
    # 01/2018/TT-VPCP có hiệu lực (06/01/2019), không còn từ ngày 29/11/2019 của Văn bản
    # 9579/UBND-KSTT như v2; §QTNB-4 chỉ được viện dẫn từ ngày 29/11/2019.
    @QTNB-13
    Khung kịch bản: Hình thức ký thay mặt Ủy ban nhân dân, trước và từ ngày Thông tư 01/2018/TT-VPCP có hiệu lực
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "TM. Ủy ban nhân dân"
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <QTNB-13> phát hiện "QTNB-13" về hồ sơ trình

      Dữ liệu:
        | ngày gửi   | kết quả          | QTNB-13  |
        | 05/01/2019 | Đạt              | không có |
        | 06/01/2019 | Cần xem xét thêm | có       |

    @QTNB-13
    Khung kịch bản: §QTNB-4 của Văn bản 9579/UBND-KSTT được viện dẫn từ ngày 29/11/2019
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "TM. Ủy ban nhân dân"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-13" về hồ sơ trình
      Và phát hiện "QTNB-13" <viện dẫn> văn bản "9579/UBND-KSTT"

      Dữ liệu:
        | ngày gửi   | viện dẫn       |
        | 28/11/2019 | không viện dẫn |
        | 29/11/2019 | viện dẫn       |

    @QTNB-13
    Khung kịch bản: Nghị định 30/2020/NĐ-CP về thẩm quyền ký được viện dẫn từ ngày 05/03/2020
      Cho hồ sơ gửi ngày <ngày gửi>
      Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
      Và dự thảo quyết định ký theo hình thức "TUQ. Chủ tịch"
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-13" về hồ sơ trình
      Và phát hiện "QTNB-13" <viện dẫn> văn bản "Nghị định 30/2020/NĐ-CP"

      Dữ liệu:
        | ngày gửi   | viện dẫn       |
        | 04/03/2020 | không viện dẫn |
        | 05/03/2020 | viện dẫn       |

  Quy tắc: Quyết định được sửa đổi (QTNB-11, QTNB-13)

    Bối cảnh:
      Cho hồ sơ trình sửa đổi, bổ sung quy trình nội bộ của Sở Tư pháp gửi ngày 20/10/2022
      Và hồ sơ gửi Văn phòng UBND tỉnh
      Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và thủ tục "2.001019", thực hiện ở cấp xã
      Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"
      Và quy trình nội bộ gồm 3 bước, tổng thời gian 2 ngày làm việc
      Và quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật

    @QTNB-11 @QTNB-13
    Khung kịch bản: Quyết định được sửa đổi do Chủ tịch UBND tỉnh phê duyệt, theo từng hình thức ký
      Cho quyết định được sửa đổi ký theo hình thức "<hình thức ký>"
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và không có phát hiện "QTNB-11"
      Và <QTNB-13> phát hiện "QTNB-13" về quy trình nội bộ cấp xã của thủ tục "2.001019"

      Dữ liệu:
        | hình thức ký        | kết quả          | QTNB-13  |
        | KT. Chủ tịch        | Đạt              | không có |
        | TM. Ủy ban nhân dân | Cần xem xét thêm | có       |
        | TUQ. Chủ tịch       | Cần xem xét thêm | có       |

    @QTNB-13
    Kịch bản: Quyết định được sửa đổi ký thừa lệnh: phát hiện nêu quyết định đó
      Cho quyết định được sửa đổi ký theo hình thức "TL. Chủ tịch", người ký "Chánh Văn phòng Lê Văn C"
      Khi kiểm tra hồ sơ
      Thì phát hiện "QTNB-13" về quy trình nội bộ cấp xã của thủ tục "2.001019" ghi nhận:
        | thông tin    | giá trị                  |
        | hình thức ký | TL. Chủ tịch             |
        | người ký     | Chánh Văn phòng Lê Văn C |
        | quyết định   | 1520/QĐ-UBND             |
      Và phát hiện "QTNB-13" có nội dung "Quyết định 1520/QĐ-UBND, mà quy trình nội bộ cấp xã của thủ tục 2.001019 sửa đổi, được ký theo hình thức thừa lệnh («TL.»)"

  Quy tắc: Quyết định làm căn cứ của quy trình điện tử (QTDT-01, QTNB-13)

    Bối cảnh:
      Cho hồ sơ quy trình điện tử của Sở Tư pháp gửi ngày 12/05/2021
      Và thủ tục "2.001019", thực hiện ở cấp xã
      Và quy trình điện tử cấp xã của thủ tục "2.001019" do UBND cấp xã chủ trì, phối hợp với "Trung tâm hành chính công cấp huyện", "cán bộ quản trị phần mềm cấp huyện", "Phòng Kiểm soát TTHC"
      Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
      Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh

    @QTDT-01 @QTNB-13
    Khung kịch bản: Quyết định làm căn cứ do Chủ tịch UBND tỉnh phê duyệt, theo từng hình thức ký
      Cho quyết định làm căn cứ ký theo hình thức "<hình thức ký>"
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTDT-01"
      Và <QTNB-13> phát hiện "QTNB-13" về quy trình điện tử cấp xã của thủ tục "2.001019"

      Dữ liệu:
        | hình thức ký        | QTNB-13  |
        | Chủ tịch ký         | không có |
        | KT. Chủ tịch        | không có |
        | TM. Ủy ban nhân dân | có       |
        | TL. Chủ tịch        | có       |

    @QTNB-13
    Kịch bản: Quyết định làm căn cứ ký thay mặt Ủy ban nhân dân: phát hiện nêu quyết định đó
      Cho quyết định làm căn cứ ký theo hình thức "TM. Ủy ban nhân dân"
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTNB-13" có nội dung "Quyết định 1520/QĐ-UBND, làm căn cứ của quy trình điện tử cấp xã của thủ tục 2.001019, được ký theo hình thức thay mặt Ủy ban nhân dân"
      Và phát hiện "QTNB-13" không có nội dung "người ký"
