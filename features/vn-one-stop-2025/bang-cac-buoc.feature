# language: vi
Tính năng: Bảng các bước của quy trình nội bộ theo cơ chế một cửa (Nghị định 118/2025/NĐ-CP, từ 01/07/2025)
  Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 thay thế Nghị định 61/2018/NĐ-CP về cơ chế một cửa,
  một cửa liên thông từ ngày 01/07/2025; Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 hướng dẫn thi
  hành. Cách hiểu (ghi trong bộ quy định, để bộ phận pháp chế xác nhận): các kiểm tra của Nghị
  định 61/2018/NĐ-CP tiếp tục, là ND118-01 (mỗi bước nêu công việc, người thực hiện, thời gian)
  và ND118-02 (tổng thời gian các bước không vượt thời hạn giải quyết). Điều, khoản và nguyên văn
  của hai văn bản chưa được trích: căn cứ nêu tên văn bản và ghi chú để bộ phận pháp chế bổ sung.
  Thông tư 03/2025/TT-VPCP được viện dẫn từ ngày ban hành 15/09/2025.
  Các quy định này áp dụng cho mọi tỉnh. Bảng các bước dưới đây lấy từ các quyết định phê duyệt
  quy trình nội bộ tháng 11/2025 (Lạng Sơn 2487/QĐ-UBND, Nghệ An 3854/QĐ-UBND, 3857/QĐ-UBND).

  Quy tắc: Mỗi bước nêu công việc, người thực hiện và thời gian (ND118-01)

    Bối cảnh:
      Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Khoa học và Công nghệ gửi ngày 17/11/2025
      Và hồ sơ thuộc tỉnh Lạng Sơn
      Và hồ sơ gửi Văn phòng UBND tỉnh
      Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và các quy trình nội bộ trong hồ sơ có các bước:
        | bước | công việc                                           | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ; chuyển hồ sơ        | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ                               | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ, dự thảo Tờ trình đề nghị UBND tỉnh | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
        | B4   | Xem xét Tờ trình, trình Lãnh đạo Sở                 | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình                                   | Lãnh đạo Sở                | 02 ngày              |
        | B6   | Ban hành Tờ trình                                   | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận và cấp Giấy công nhận | UBND tỉnh                  | 05 ngày              |
        | B8   | Trả kết quả giải quyết TTHC; thống kê, theo dõi     | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Và thủ tục "1.014440", thực hiện ở cấp tỉnh
      Và thời hạn giải quyết là 15 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"

    @ND118-01 @ND118-02
    Kịch bản: Bảng các bước đầy đủ, tổng thời gian đúng bằng thời hạn giải quyết
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và áp dụng bộ quy định về một cửa theo Nghị định 118/2025
      Và không áp dụng bộ quy định về một cửa theo Nghị định 61/2018
      Và không áp dụng Văn bản 9579/UBND-KSTT
      Và không có phát hiện "ND118-01"
      Và không có phát hiện "ND118-02"

    @ND118-01
    Kịch bản: Quy trình nội bộ không có bảng các bước
      Cho quy trình nội bộ không có bảng các bước
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "ND118-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND118-01" ghi nhận:
        | thông tin | giá trị |
        | số bước   | 0       |
      Và căn cứ chính của phát hiện "ND118-01" là văn bản "Nghị định 118/2025/NĐ-CP", chưa trích nguyên văn
      Và phát hiện "ND118-01" có nội dung "chưa có bảng các bước"

    @ND118-01
    Kịch bản: Bước thiếu công việc, bước thiếu người thực hiện: một phát hiện nêu từng bước
      Cho quy trình nội bộ có các bước:
        | bước | công việc                      | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   |                                | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ                | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
        | B4   | Xem xét Tờ trình               | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình              |                            | 02 ngày              |
        | B6   | Ban hành Tờ trình              | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận  | UBND tỉnh                  | 05 ngày              |
        | B8   | Trả kết quả giải quyết TTHC    | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và phát hiện "ND118-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440" ghi nhận:
        | thông tin                         | giá trị  |
        | các bước thiếu nội dung công việc | B2       |
        | các bước thiếu người thực hiện    | B5       |
        | các bước thiếu thời gian          | không có |

    @ND118-01 @ND118-02
    Kịch bản: Bước được tính thời gian nhưng không ghi thời gian: thiếu, và tính là 0 vào tổng
      Cho quy trình nội bộ có các bước:
        | bước | công việc                      | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ          | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ                | Chuyên viên Phòng QLCN&TĐC |                      |
        | B4   | Xem xét Tờ trình               | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình              | Lãnh đạo Sở                | 02 ngày              |
        | B6   | Ban hành Tờ trình              | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận  | UBND tỉnh                  |                      |
        | B8   | Trả kết quả giải quyết TTHC    | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND118-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND118-01" ghi nhận:
        | thông tin                | giá trị |
        | các bước thiếu thời gian | B3, B7  |
      Và không có phát hiện "ND118-02"

    @ND118-01
    Khung kịch bản: Thông tư 03/2025/TT-VPCP được viện dẫn từ ngày ban hành 15/09/2025
      Cho hồ sơ gửi ngày <ngày gửi>
      Và quy trình nội bộ không có bảng các bước
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND118-01" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND118-01" viện dẫn văn bản "Nghị định 118/2025/NĐ-CP"
      Và phát hiện "ND118-01" <viện dẫn> văn bản "Thông tư 03/2025/TT-VPCP"

      Dữ liệu:
        | ngày gửi   | viện dẫn       |
        | 14/09/2025 | không viện dẫn |
        | 15/09/2025 | viện dẫn       |

  Quy tắc: Không kéo dài thời hạn giải quyết (ND118-02)

    Bối cảnh:
      Cho hồ sơ trình phê duyệt quy trình nội bộ của Sở Khoa học và Công nghệ gửi ngày 17/11/2025
      Và hồ sơ thuộc tỉnh Lạng Sơn
      Và hồ sơ gửi Văn phòng UBND tỉnh
      Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
      Và thủ tục "1.014440", thực hiện ở cấp tỉnh
      Và thời hạn giải quyết là 15 ngày làm việc

    @ND118-02
    Khung kịch bản: Tổng thời gian các bước so với thời hạn 15 ngày làm việc
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ có các bước:
        | bước | công việc                      | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ, hợp lệ | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ          | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ                | Chuyên viên Phòng QLCN&TĐC | 4,5 ngày             |
        | B4   | Xem xét Tờ trình               | Lãnh đạo Phòng QLCN&TĐC    | 02 ngày              |
        | B5   | Ký duyệt Tờ trình              | Lãnh đạo Sở                | 02 ngày              |
        | B6   | Ban hành Tờ trình              | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định công nhận  | UBND tỉnh                  | <thời gian B7>       |
        | B8   | Trả kết quả giải quyết TTHC    | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì kết quả là "<kết quả>"
      Và <ND118-02> phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"

      Dữ liệu:
        | thời gian B7 | kết quả                             | ND118-02 |
        | 05 ngày      | Đạt                                 | không có |
        | 40 giờ       | Đạt                                 | không có |
        | 4,5 ngày     | Đạt                                 | không có |
        | 41 giờ       | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |
        | 5,5 ngày     | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

    @ND118-02
    Kịch bản: Tổng thời gian vượt thời hạn nửa ngày làm việc
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.014440" do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 8 bước, tổng thời gian 15,5 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440"
      Và phát hiện "ND118-02" ghi nhận:
        | thông tin               | giá trị          |
        | tổng thời gian các bước | 124 giờ          |
        | thời hạn giải quyết     | 15 ngày làm việc |
      Và căn cứ chính của phát hiện "ND118-02" là văn bản "Nghị định 118/2025/NĐ-CP", chưa trích nguyên văn
      Và phát hiện "ND118-02" có nội dung "là 15,5 ngày làm việc, vượt thời hạn giải quyết 15 ngày làm việc"

    @ND118-02
    Kịch bản: Trường hợp thành lập hội đồng có thời hạn riêng 27 ngày: so với thời hạn đó, không với 15 ngày của thủ tục
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.014440", trường hợp "a) Trường hợp không thành lập hội đồng tư vấn công nhận", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 8 bước, tổng thời gian 15 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "1.014440", trường hợp "b) Trường hợp thành lập hội đồng tư vấn công nhận", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ có các bước:
        | bước | công việc                                                          | người thực hiện            | thời gian            |
        | B1   | Tiếp nhận hồ sơ đầy đủ và hợp lệ; chuyển hồ sơ                     | CCMC của Sở tại TTPVHCC    | 0,5 ngày             |
        | B2   | Phân công xử lý hồ sơ                                              | Lãnh đạo Phòng QLCN&TĐC    | 0,5 ngày             |
        | B3   | Thẩm định hồ sơ, dự thảo Tờ trình thành lập Hội đồng               | Chuyên viên Phòng QLCN&TĐC | 03 ngày              |
        | B4   | Xem xét Tờ trình, trình Lãnh đạo Sở                                | Lãnh đạo Phòng QLCN&TĐC    | 01 ngày              |
        | B5   | Ký duyệt Tờ trình                                                  | Lãnh đạo Sở                | 01 ngày              |
        | B6   | Ban hành Tờ trình                                                  | Văn thư Sở                 | 0,5 ngày             |
        | B7   | Ban hành Quyết định thành lập Hội đồng tư vấn công nhận            | UBND tỉnh                  | 03 ngày              |
        | B8   | Tổ chức họp Hội đồng tư vấn công nhận                              | Hội đồng                   | 5,5 ngày             |
        | B9   | Tổng hợp kết quả họp Hội đồng, dự thảo Công văn yêu cầu giải trình | Chuyên viên Phòng QLCN&TĐC | 02 ngày              |
        | B10  | Xem xét dự thảo Công văn, trình Lãnh đạo Sở                        | Lãnh đạo Phòng QLCN&TĐC    | 1,5 ngày             |
        | B11  | Ký duyệt Công văn                                                  | Lãnh đạo Sở                | 01 ngày              |
        | B12  | Ban hành Công văn                                                  | Văn thư Sở                 | 0,5 ngày             |
        | B13  | Tổ chức giải trình, hoàn thiện hồ sơ theo ý kiến của Hội đồng      | Tổ chức thực hiện TTHC     | Không tính thời gian |
        | B14  | Thẩm định hồ sơ sau khi hoàn thiện, dự thảo Tờ trình               | Chuyên viên Phòng QLCN&TĐC | 1,5 ngày             |
        | B15  | Xem xét dự thảo Tờ trình, trình Lãnh đạo Sở                        | Lãnh đạo Phòng QLCN&TĐC    | 01 ngày              |
        | B16  | Ký duyệt Tờ trình                                                  | Lãnh đạo Sở                | 01 ngày              |
        | B17  | Ban hành Tờ trình                                                  | Văn thư Sở                 | 0,5 ngày             |
        | B18  | Ban hành Quyết định công nhận và cấp Giấy công nhận                | UBND tỉnh                  | 03 ngày              |
        | B19  | Trả kết quả giải quyết TTHC; thống kê, theo dõi                    | CCMC của Sở tại TTPVHCC    | Không tính thời gian |
      Và thời hạn giải quyết của trường hợp này là 27 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "ND118-02"
      Và không có phát hiện "ND118-01"

    @ND118-02
    Kịch bản: Cùng trường hợp đó, hồ sơ không nêu thời hạn riêng: so với thời hạn 15 ngày của thủ tục
      Cho quy trình nội bộ cấp tỉnh của thủ tục "1.014440", trường hợp "b) Trường hợp thành lập hội đồng tư vấn công nhận", do Sở Khoa học và Công nghệ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 19 bước, tổng thời gian 27 ngày làm việc
      Khi kiểm tra hồ sơ
      Thì có phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "1.014440", trường hợp "b) Trường hợp thành lập hội đồng tư vấn công nhận"
      Và phát hiện "ND118-02" ghi nhận:
        | thông tin               | giá trị          |
        | tổng thời gian các bước | 27 ngày          |
        | thời hạn giải quyết     | 15 ngày làm việc |
      Và phát hiện "ND118-02" có nội dung "trường hợp «b) Trường hợp thành lập hội đồng tư vấn công nhận» là 27 ngày làm việc, vượt thời hạn giải quyết 15 ngày làm việc"

    @ND118-02
    Khung kịch bản: Thời hạn 12 ngày làm việc, 15 bước ghi theo giờ làm việc (Nghệ An): 96 giờ là đúng thời hạn
      Cho hồ sơ thuộc tỉnh Nghệ An
      Và thủ tục "2.002755", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Nội vụ quản lý
      Và thời hạn giải quyết là 12 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "2.002755" do Sở Nội vụ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 15 bước, tổng thời gian <tổng thời gian>
      Khi kiểm tra hồ sơ
      Thì <ND118-02> phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "2.002755"

      Dữ liệu:
        | tổng thời gian  | ND118-02 |
        | 96 giờ làm việc | không có |
        | 97 giờ làm việc | có       |

    @ND118-02
    Kịch bản: Vượt thời hạn một giờ: thời gian ghi theo ngày và giờ làm việc
      Cho hồ sơ thuộc tỉnh Nghệ An
      Và thủ tục "2.002755", thực hiện ở cấp tỉnh
      Và thủ tục do Sở Nội vụ quản lý
      Và thời hạn giải quyết là 12 ngày làm việc
      Và quy trình nội bộ cấp tỉnh của thủ tục "2.002755" do Sở Nội vụ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
      Và quy trình nội bộ gồm 15 bước, tổng thời gian 97 giờ làm việc
      Khi kiểm tra hồ sơ
      Thì phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "2.002755" ghi nhận:
        | thông tin               | giá trị |
        | tổng thời gian các bước | 97 giờ  |
        | thời hạn giải quyết     | 96 giờ  |
      Và phát hiện "ND118-02" về quy trình nội bộ cấp tỉnh của thủ tục "2.002755" có nội dung "là 12 ngày 1 giờ làm việc, vượt thời hạn giải quyết 12 ngày làm việc"

    @ND118-02 @ND118-01
    Khung kịch bản: Thời hạn tính bằng giờ làm việc (quy trình cấp xã, Nghệ An, trường hợp thuộc thẩm quyền của cấp xã)
      Cho hồ sơ thuộc tỉnh Nghệ An
      Và thủ tục "1.012994", thực hiện ở cấp xã
      Và thủ tục do Sở Nông nghiệp và Môi trường quản lý
      Và thời hạn giải quyết là 168 giờ làm việc
      Và quy trình nội bộ cấp xã của thủ tục "1.012994", trường hợp "Trường hợp thuộc thẩm quyền giải quyết của cấp xã", do Sở Nông nghiệp và Môi trường chủ trì, phối hợp với "UBND cấp xã"
      Và quy trình nội bộ có các bước:
        | bước   | công việc                                          | người thực hiện                                 | thời gian            |
        | Bước 1 | Kiểm tra, hướng dẫn, tiếp nhận hồ sơ               | Công chức tại Trung tâm Phục vụ hành chính công | 04 giờ               |
        | Bước 2 | Nhận hồ sơ, phân công công chức xử lý hồ sơ        | Lãnh đạo Phòng Kinh tế                          | 04 giờ               |
        | Bước 3 | Xử lý, thẩm định hồ sơ; dự thảo kết quả giải quyết | Chuyên viên Phòng Kinh tế                       | <thời gian bước 3>   |
        | Bước 4 | Thẩm tra, xác nhận dự thảo kết quả giải quyết      | Lãnh đạo Phòng Kinh tế                          | 24 giờ               |
        | Bước 5 | Ký phê duyệt văn bản xác nhận số tiền bồi thường   | Lãnh đạo UBND cấp xã                            | 16 giờ               |
        | Bước 6 | Vào số văn bản; chuyển kết quả đến cơ quan Thuế    | Văn thư UBND cấp xã                             | 08 giờ               |
        | Bước 7 | Thông báo và trả kết quả cho tổ chức, cá nhân      | Trung tâm Phục vụ hành chính công               | Không tính thời gian |
      Khi kiểm tra hồ sơ
      Thì <ND118-02> phát hiện "ND118-02" về quy trình nội bộ cấp xã của thủ tục "1.012994"
      Và không có phát hiện "ND118-01"

      Dữ liệu:
        | thời gian bước 3 | ND118-02 |
        | 112 giờ          | không có |
        | 14 ngày          | không có |
        | 113 giờ          | có       |
