# language: vi
Tính năng: Sửa đổi, bổ sung quy trình nội bộ đã được phê duyệt
  Văn bản số 9579/UBND-KSTT, §QTNB-7: quy trình nội bộ đã được phê duyệt nhưng trong quá trình
  tổ chức thực hiện không phù hợp với quy định pháp luật và thực tế của cơ quan, đơn vị thì sở,
  ban, ngành rà soát, trình quyết định sửa đổi, bổ sung cho phù hợp. Hồ sơ sửa đổi nêu quyết
  định phê duyệt của Chủ tịch UBND tỉnh được sửa đổi, và lý do sửa đổi.

  Bối cảnh:
    Cho hồ sơ trình sửa đổi, bổ sung quy trình nội bộ của Sở Tư pháp gửi ngày 20/10/2022
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định phê duyệt quy trình nội bộ
    Và các quy trình nội bộ trong hồ sơ có các bước:
      | bước | công việc                 | người thực hiện             | thời gian            |
      | 1    | Tiếp nhận, kiểm tra hồ sơ | Bộ phận một cửa UBND cấp xã | 4 giờ làm việc       |
      | 2    | Thẩm định hồ sơ, trình ký | Công chức Tư pháp - Hộ tịch | 8 giờ làm việc       |
      | 3    | Ký chứng thực             | Lãnh đạo UBND cấp xã        | 4 giờ làm việc       |
      | 4    | Trả kết quả               | Bộ phận một cửa UBND cấp xã | Không tính thời gian |
    Và thủ tục "2.001035", thực hiện ở cấp huyện và cấp xã
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp xã của thủ tục "2.001035" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp huyện"

  Quy tắc: Nêu quyết định phê duyệt của Chủ tịch UBND tỉnh được sửa đổi (QTNB-11)

    @QTNB-11 @QTNB-12 @QTNB-10
    Kịch bản: Sửa đổi quy trình cấp xã đã được Chủ tịch UBND tỉnh phê duyệt, vì pháp luật thay đổi
      Cho quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-11"
      Và không có phát hiện "QTNB-12"
      Và không có phát hiện "QTNB-10"

    # v1 đọc quyết định do Phó Chủ tịch ký là không phải của Chủ tịch; v2: Phó Chủ tịch ký
    # thay «KT. CHỦ TỊCH» là quyết định của Chủ tịch UBND tỉnh.
    @QTNB-11 @QTNB-13
    Kịch bản: Sửa đổi quyết định do Phó Chủ tịch UBND tỉnh ký thay Chủ tịch
      Cho quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và quyết định được sửa đổi ký theo hình thức "KT. Chủ tịch", người ký "Phó Chủ tịch Nguyễn Văn A"
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-11"
      Và không có phát hiện "QTNB-13"

    @QTNB-11
    Kịch bản: Nêu số quyết định được sửa đổi nhưng không nêu người phê duyệt
      Cho quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND", không nêu người phê duyệt
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ
      Thì kết quả là "Đạt"
      Và không có phát hiện "QTNB-11"

    @QTNB-11
    Kịch bản: Hồ sơ sửa đổi không nêu quy trình nào được sửa đổi
      Cho quy trình nội bộ không nêu quy trình được sửa đổi
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-11" về quy trình nội bộ cấp xã của thủ tục "2.001035"
      Và phát hiện "QTNB-11" ghi nhận:
        | thông tin                       | giá trị   |
        | không nêu số quyết định         | có        |
        | quyết định được sửa đổi         | không nêu |
        | loại người phê duyệt quyết định | không nêu |
      Và phát hiện "QTNB-11" viện dẫn "§QTNB-7" của văn bản "9579/UBND-KSTT"
      Và phát hiện "QTNB-11" có nội dung "không nêu số quyết định được sửa đổi"

    @QTNB-11
    Kịch bản: Số quyết định được sửa đổi để trống (chỉ có khoảng trắng)
      Cho quy trình nội bộ sửa đổi Quyết định "   " của Chủ tịch UBND tỉnh
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-11" về quy trình nội bộ cấp xã của thủ tục "2.001035"

    @QTNB-11
    Kịch bản: Nêu người phê duyệt nhưng không nêu số quyết định được sửa đổi: chỉ nêu điều còn thiếu
      Cho quy trình nội bộ sửa đổi quy trình của Chủ tịch UBND tỉnh nhưng không nêu số quyết định
      Khi kiểm tra hồ sơ
      Thì có phát hiện "QTNB-11" về quy trình nội bộ cấp xã của thủ tục "2.001035"
      Và phát hiện "QTNB-11" ghi nhận:
        | thông tin                       | giá trị   |
        | không nêu số quyết định         | có        |
        | loại người phê duyệt quyết định | không nêu |
      Và phát hiện "QTNB-11" không có nội dung "phê duyệt, không phải Chủ tịch UBND tỉnh"

    @QTNB-11
    Kịch bản: Quy trình được sửa đổi do Giám đốc Sở phê duyệt, không phải Chủ tịch UBND tỉnh
      Cho quy trình nội bộ sửa đổi Quyết định "245/QĐ-STP" của Giám đốc Sở
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và phát hiện "QTNB-11" ghi nhận:
        | thông tin                       | giá trị    |
        | không nêu số quyết định         | không nêu  |
        | quyết định được sửa đổi         | 245/QĐ-STP |
        | loại người phê duyệt quyết định | khác       |
      Và phát hiện "QTNB-11" có nội dung "quyết định được sửa đổi 245/QĐ-STP do Giám đốc Sở phê duyệt, không phải Chủ tịch UBND tỉnh"
      Và phát hiện "QTNB-11" không có nội dung "không nêu số quyết định"

  Quy tắc: Nêu lý do sửa đổi (QTNB-12)

    # Cách hiểu (ghi trong danh mục quy tắc): §QTNB-7 nói khi nào sửa đổi, không bắt buộc nêu
    # lý do; người thẩm định hỏi lại chứ không từ chối.
    @QTNB-12
    Kịch bản: Hồ sơ sửa đổi không nêu lý do sửa đổi
      Cho quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và quy trình nội bộ không nêu lý do sửa đổi
      Khi kiểm tra hồ sơ
      Thì kết quả là "Cần xem xét thêm"
      Và phát hiện "QTNB-12" về quy trình nội bộ cấp xã của thủ tục "2.001035" ở mức "cảnh báo"
      Và phát hiện "QTNB-12" viện dẫn "§QTNB-7" của văn bản "9579/UBND-KSTT"

    @QTNB-12
    Kịch bản: Hồ sơ sửa đổi nêu lý do không phù hợp với thực tế
      Cho quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không phù hợp với thực tế của cơ quan, đơn vị
      Khi kiểm tra hồ sơ
      Thì không có phát hiện "QTNB-12"

  Quy tắc: Hồ sơ sửa đổi cũng gồm Tờ trình và dự thảo Quyết định (QTNB-06)

    @QTNB-06
    Kịch bản: Hồ sơ sửa đổi thiếu Tờ trình
      Cho quy trình nội bộ sửa đổi Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh
      Và lý do sửa đổi là không còn phù hợp với quy định pháp luật
      Và hồ sơ không có Tờ trình
      Khi kiểm tra hồ sơ
      Thì kết quả là "Chưa đạt — đề nghị hoàn thiện hồ sơ"
      Và có phát hiện "QTNB-06" về hồ sơ trình
      Và phát hiện "QTNB-06" ghi nhận:
        | thông tin         | giá trị  |
        | văn bản còn thiếu | Tờ trình |
