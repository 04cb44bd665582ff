package com.spendwise.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.exchange.ImportMapping;
import com.spendwise.shared.FieldProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bank's CSV read as mapped, without a database; and a spreadsheet's formulas kept inert. */
class StatementCsvTest {

  private static final ImportMapping VIETNAMESE =
      new ImportMapping(
          "Ngày", null, "Ghi nợ", "Ghi có", "Mô tả", null, null, "dd/MM/yyyy", ",", null, null);

  private static List<StatementRow> read(String csv) {
    return StatementCsv.read(csv.getBytes(StandardCharsets.UTF_8), VIETNAMESE);
  }

  private static List<String> codes(StatementRow row) {
    return row.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
  }

  @Test
  void rowsAreReadAsTheBankWroteThem() {
    List<StatementRow> rows =
        read(
            "Ngày,Mô tả,Ghi nợ,Ghi có\n"
                + "01/11/2026,Phở,125.000,\n"
                + "02/11/2026,Lương,,\"15.000.000,50\"\n");
    assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(rows.get(0).amount()).isEqualByComparingTo("-125000");
    assertThat(rows.get(1).amount()).isEqualByComparingTo(new BigDecimal("15000000.50"));
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(codes(rows.get(0))).isEmpty();
  }

  @Test
  void aDateOfTheWrongShapeAndADayThatDoesNotExistAreToldApart() {
    List<StatementRow> rows =
        read("Ngày,Mô tả,Ghi nợ,Ghi có\n31/02/2026,a,1.000,\n2026-11-01,b,1.000,\n,c,1.000,\n");
    assertThat(codes(rows.get(0))).containsExactly("date:no-such-date");
    assertThat(codes(rows.get(1))).containsExactly("date:invalid-date");
    assertThat(codes(rows.get(2))).containsExactly("date:required");
    assertThat(rows.get(0).cells()).containsEntry("date", "31/02/2026");
  }

  @Test
  void anAmountInBothColumnsOrNeitherIsAProblemWithTheFilesText() {
    List<StatementRow> rows = read("Ngày,Mô tả,Ghi nợ,Ghi có\n01/11/2026,a,10.000,20.000\n");
    assertThat(codes(rows.get(0))).containsExactly("amount:invalid");
    assertThat(rows.get(0).cells())
        .containsEntry("debit", "10.000")
        .containsEntry("credit", "20.000");
  }

  @Test
  void aBankAmountReadsGroupingAndSignsAndRefusesWhatIsAmbiguous() {
    List<FieldProblem> problems = new ArrayList<>();
    assertThat(StatementCsv.amount("(1.250,00)", ',', "amount", problems))
        .isEqualByComparingTo("-1250.00");
    assertThat(StatementCsv.amount("-35,000", '.', "amount", problems))
        .isEqualByComparingTo("-35000");
    assertThat(StatementCsv.amount("1,2,3", ',', "amount", problems)).isNull();
    assertThat(StatementCsv.amount("12,", ',', "amount", problems)).isNull();
    assertThat(problems)
        .extracting(FieldProblem::code)
        .containsExactly("invalid-amount", "invalid-amount");
  }

  @Test
  void formulasAreNeutralisedForSpreadsheetsAndRestoredOnTheWayIn() {
    for (String text : List.of("=1+2", "+1", "-3+4", "@SUM(1)", "\tx", "\rx")) {
      assertThat(SpreadsheetCells.neutralised(text)).isEqualTo("'" + text);
      assertThat(SpreadsheetCells.restored(SpreadsheetCells.neutralised(text))).isEqualTo(text);
    }
    assertThat(SpreadsheetCells.neutralised("Phở - 2 bát")).isEqualTo("Phở - 2 bát");
    assertThat(SpreadsheetCells.restored("'quoted")).isEqualTo("'quoted");
    assertThat(SpreadsheetCells.neutralised("")).isEmpty();
  }
}
