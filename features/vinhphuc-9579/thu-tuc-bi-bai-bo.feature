# language: vi
Tính năng: Quy trình của thủ tục bị bãi bỏ không bị kiểm tra
  Từ bản v3 của danh mục quy tắc: thủ tục bị bãi bỏ (trong hồ sơ trình công bố) không cần bảng các
  bước; không quy tắc nào về quy trình nội bộ, quy trình điện tử (QTNB-01…04, QTNB-14, ND61-01/02,
  ND118-01/02, QTDT-01…09, CHUNG-02/03, QTNB-13 về quyết định làm căn cứ, REG-01) áp dụng cho
  quy trình của thủ tục đó. Người thẩm định không hỏi thủ tục sắp chấm dứt sẽ được giải quyết thế
  nào. v2 vẫn kiểm tra chúng, nên một hồ sơ bãi bỏ thủ tục kèm bảng các bước cũ bị «Chưa đạt».

  Bối cảnh:
    Cho hồ sơ trình công bố của Sở Tư pháp gửi ngày 15/10/2024
    Và hồ sơ thuộc tỉnh Vĩnh Phúc
    Và hồ sơ gửi Văn phòng UBND tỉnh
    Và hồ sơ trình Chủ tịch UBND tỉnh phê duyệt
    Và hồ sơ gồm: Tờ trình; dự thảo Quyết định công bố; dự thảo Quyết định phê duyệt quy trình nội bộ

  @QTNB-01 @QTNB-03 @ND61-01 @QTDT-01 @QTDT-02 @CHUNG-02 @CHUNG-03
  Khung kịch bản: Quy trình của thủ tục bị bãi bỏ, và của cùng thủ tục mới ban hành
    Cho thủ tục "2.000815" <thay đổi>, thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "2.000815" do Phòng Tư pháp cấp huyện chủ trì
    Và quy trình nội bộ không có bảng các bước
    Và quy trình điện tử cấp tỉnh của thủ tục "2.000815" do Phòng Tư pháp cấp huyện chủ trì
    Và quy trình điện tử không nêu quy trình nội bộ làm căn cứ
    Và quy trình điện tử xây dựng trên phần mềm riêng
    Và quy trình điện tử chưa kết nối Cổng dịch vụ công quốc gia
    Khi kiểm tra hồ sơ
    Thì kết quả là "<kết quả>"
    Và <có> phát hiện "QTNB-01" về quy trình nội bộ cấp tỉnh của thủ tục "2.000815"
    Và <có> phát hiện "QTNB-03" về quy trình nội bộ cấp tỉnh của thủ tục "2.000815"
    Và <có> phát hiện "ND61-01" về quy trình nội bộ cấp tỉnh của thủ tục "2.000815"
    Và <có> phát hiện "QTDT-01" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"
    Và <có> phát hiện "QTDT-02" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"
    Và <có> phát hiện "CHUNG-02" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"
    Và <có> phát hiện "CHUNG-03" về quy trình điện tử cấp tỉnh của thủ tục "2.000815"

    Dữ liệu:
      | thay đổi     | kết quả                             | có       |
      | bãi bỏ       | Đạt                                 | không có |
      | mới ban hành | Chưa đạt — đề nghị hoàn thiện hồ sơ | có       |

  @QTNB-02 @QTNB-14 @ND61-02
  Kịch bản: Quy trình nội bộ của thủ tục bị bãi bỏ: cơ quan chủ trì và tổng thời gian không bị xét
    Cho thủ tục "2.000815" bãi bỏ, thực hiện ở cấp tỉnh
    Và thời hạn giải quyết là 2 ngày làm việc
    Và quy trình nội bộ cấp tỉnh của thủ tục "2.000815" do Sở Nội vụ chủ trì, phối hợp với "Trung tâm Phục vụ hành chính công tỉnh"
    Và quy trình nội bộ gồm 3 bước, tổng thời gian 5 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTNB-02"
    Và không có phát hiện "QTNB-14"
    Và không có phát hiện "ND61-02"

  @QTNB-04 @QTDT-05 @QTDT-06 @QTDT-07 @QTDT-08 @QTDT-09 @QTNB-13
  Kịch bản: Quy trình cấp xã của thủ tục bị bãi bỏ không bị xét
    Cho thủ tục "2.001019" bãi bỏ, thực hiện ở cấp xã
    Và quy trình nội bộ cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì, phối hợp với "UBND cấp xã"
    Và quy trình nội bộ gồm 4 bước, tổng thời gian 2 ngày làm việc
    Và quy trình điện tử cấp xã của thủ tục "2.001019" do Sở Tư pháp chủ trì
    Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và quyết định làm căn cứ ký theo hình thức "TM. Ủy ban nhân dân"
    Và quy trình điện tử xây dựng trên phần mềm riêng
    Và quy trình điện tử chỉ áp dụng cho một đơn vị
    Và quy trình điện tử gồm 3 bước, tổng thời gian 1 ngày làm việc
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTNB-04"
    Và không có phát hiện "QTDT-05"
    Và không có phát hiện "QTDT-06"
    Và không có phát hiện "QTDT-07"
    Và không có phát hiện "QTDT-08"
    Và không có phát hiện "QTDT-09"
    Và không có phát hiện "QTNB-13"

  @QTDT-03 @QTDT-04
  Kịch bản: Quy trình điện tử cấp tỉnh tại cơ quan và cấp huyện của thủ tục bị bãi bỏ không bị xét
    Cho thủ tục "2.000908" bãi bỏ, thực hiện ở cấp tỉnh và cấp huyện
    Và thủ tục được tiếp nhận, trả kết quả tại cơ quan, đơn vị
    Và quy trình điện tử cấp tỉnh và cấp huyện của thủ tục "2.000908" do Sở Tư pháp chủ trì
    Và quy trình điện tử căn cứ Quyết định "1520/QĐ-UBND" của Chủ tịch UBND tỉnh phê duyệt quy trình nội bộ
    Và quy trình điện tử xây dựng trên Phần mềm một cửa dùng chung của tỉnh
    Khi kiểm tra hồ sơ
    Thì kết quả là "Đạt"
    Và không có phát hiện "QTDT-03"
    Và không có phát hiện "QTDT-04"
