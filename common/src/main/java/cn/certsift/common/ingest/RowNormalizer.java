package cn.certsift.common.ingest;

import cn.certsift.common.header.HeaderLayout;
import cn.certsift.common.id.CodeCheck;
import cn.certsift.common.id.CreditCode;
import cn.certsift.common.id.ResidentIdNumber;
import cn.certsift.common.source.FieldSpec;
import cn.certsift.common.source.FieldType;
import cn.certsift.common.text.DateValues;
import cn.certsift.common.text.Normalize;
import cn.certsift.common.text.WebAddress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the cells of one data row into contract values. A row is rejected when a required value is
 * missing or unreadable, or when it has more cells than the header; an unreadable optional value is
 * left empty and reported; an ID number or credit code failing its check digit is kept and marked.
 */
public final class RowNormalizer {

    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:学时|课时|小时|h|H|分)?");
    private static final int LAST_PLAUSIBLE_YEAR = 2100;
    private static final int QUOTE_LIMIT = 40;
    /** No contract value is longer; a longer one is pasted text or an attack, not data. */
    static final int MAX_VALUE_LENGTH = 500;
    /** Listing text is pasted text by nature; an advert is rarely longer than a page. */
    static final int MAX_PROSE_LENGTH = 10_000;

    private final HeaderLayout layout;
    private final List<FieldSpec> fields;
    /** The employer's credit code repeats on every row of its roster: the last check per column is reused. */
    private final String[] lastCodeChecked;
    private final CodeCheck[] lastCodeCheck;

    public RowNormalizer(HeaderLayout layout) {
        this.layout = layout;
        this.fields = layout.kind().fields();
        this.lastCodeChecked = new String[fields.size()];
        this.lastCodeCheck = new CodeCheck[fields.size()];
    }

    public RowOutcome normalize(List<String> cells) {
        List<RowProblem> problems = new ArrayList<>();
        List<NormalizedRow.DroppedValue> dropped = new ArrayList<>();
        Object[] values = new Object[fields.size()];
        Boolean[] checkPassed = new Boolean[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec field = fields.get(i);
            String raw = cell(cells, layout.columnOf(i));
            if (Normalize.isBlank(raw)) {
                if (field.required()) {
                    problems.add(new RowProblem(field.name(), "缺少必填字段“" + field.chineseHeader() + "”",
                            "required column " + field.name() + " is empty"));
                }
                continue;
            }
            try {
                int limit = field.type() == FieldType.PROSE ? MAX_PROSE_LENGTH : MAX_VALUE_LENGTH;
                if (raw.length() > limit) {
                    throw new UnreadableValue("过长（超过" + limit + "个字符）", "is longer than " + limit + " characters");
                }
                values[i] = convert(field, raw, checkPassed, i);
            } catch (UnreadableValue unreadable) {
                RowProblem problem = new RowProblem(field.name(),
                        field.chineseHeader() + "“" + quote(raw) + "”" + unreadable.zh,
                        field.name() + " '" + quote(raw) + "' " + unreadable.en);
                if (field.required()) {
                    problems.add(problem);
                } else {
                    dropped.add(new NormalizedRow.DroppedValue(field.name(), raw, problem));
                }
            }
        }
        checkOneRequired(values, problems);
        checkWidth(cells, problems);
        if (!problems.isEmpty()) {
            return new RowOutcome.Rejected(problems);
        }
        return new RowOutcome.Accepted(new NormalizedRow(values, checkPassed, extraColumns(cells), dropped));
    }

    private Object convert(FieldSpec field, String raw, Boolean[] checkPassed, int index) {
        return switch (field.type()) {
            case TEXT -> Normalize.text(raw);
            case NAME -> Normalize.name(raw);
            case CODE -> Normalize.code(raw);
            case ID_NUMBER -> checked(ResidentIdNumber.check(raw), checkPassed, index);
            case CREDIT_CODE -> checked(creditCode(raw, index), checkPassed, index);
            case DATE -> plausible(DateValues.parse(raw));
            case VALIDITY_END -> validityEnd(DateValues.parseValidityEnd(raw));
            case HOURS -> number(raw, 0, Double.MAX_VALUE, "不能为负数", "must not be negative");
            case SCORE -> number(raw, 0, 100, "不在0到100之间", "is not between 0 and 100");
            case PHONE -> phone(raw);
            case PROSE -> Normalize.prose(raw);
            case WEB_ADDRESS -> webAddress(raw);
        };
    }

    private CodeCheck creditCode(String raw, int index) {
        if (!raw.equals(lastCodeChecked[index])) {
            lastCodeChecked[index] = raw;
            lastCodeCheck[index] = CreditCode.check(raw);
        }
        return lastCodeCheck[index];
    }

    private static String checked(CodeCheck check, Boolean[] checkPassed, int index) {
        checkPassed[index] = check.valid();
        return check.value();
    }

    private static LocalDate plausible(Optional<LocalDate> date) {
        LocalDate value = date.orElseThrow(() -> new UnreadableValue("不是有效日期", "is not a valid date"));
        if (value.getYear() > LAST_PLAUSIBLE_YEAR) {
            throw new UnreadableValue("年份超出合理范围", "has an implausible year");
        }
        return value;
    }

    private static LocalDate validityEnd(Optional<LocalDate> date) {
        LocalDate value = date.orElseThrow(() -> new UnreadableValue("不是有效日期", "is not a valid date"));
        if (value.getYear() > LAST_PLAUSIBLE_YEAR && !value.equals(DateValues.PERMANENT)) {
            throw new UnreadableValue("年份超出合理范围", "has an implausible year");
        }
        return value;
    }

    private static Double number(String raw, double min, double max, String rangeZh, String rangeEn) {
        Matcher m = NUMBER_WITH_UNIT.matcher(Normalize.text(raw));
        if (!m.matches()) {
            throw new UnreadableValue("不是数字", "is not a number");
        }
        double value = Double.parseDouble(m.group(1));
        if (value < min || value > max) {
            throw new UnreadableValue(rangeZh, rangeEn);
        }
        return value;
    }

    private static String phone(String raw) {
        String digits = Normalize.phone(raw);
        if (digits == null || digits.length() < 7 || digits.length() > 12) {
            throw new UnreadableValue("不是电话号码", "is not a phone number");
        }
        return digits;
    }

    private static String webAddress(String raw) {
        return WebAddress.parse(raw).orElseThrow(() -> new UnreadableValue("不是网址（没有域名或IP地址）", "is not a web address (no host)"))
                .observed();
    }

    private void checkOneRequired(Object[] values, List<RowProblem> problems) {
        List<FieldSpec> oneOf = layout.kind().oneRequired();
        if (!oneOf.isEmpty() && oneOf.stream().allMatch(field -> values[fields.indexOf(field)] == null)) {
            problems.add(new RowProblem(null, "缺少“" + String.join("”或“", oneOf.stream().map(FieldSpec::chineseHeader).toList())
                    + "”（至少填写一项）", "none of " + String.join(", ", oneOf.stream().map(FieldSpec::name).toList()) + " is filled"));
        }
    }

    private void checkWidth(List<String> cells, List<RowProblem> problems) {
        for (int column = layout.headerWidth(); column < cells.size(); column++) {
            if (!Normalize.isBlank(cells.get(column))) {
                problems.add(new RowProblem(null, "本行有" + cells.size() + "个字段，多于表头的" + layout.headerWidth() + "个",
                        "row has " + cells.size() + " fields, more than the header's " + layout.headerWidth()));
                return;
            }
        }
    }

    private Map<String, String> extraColumns(List<String> cells) {
        if (layout.unknownColumns().isEmpty()) {
            return Map.of();
        }
        Map<String, String> extra = new LinkedHashMap<>();
        layout.unknownColumns().forEach((column, header) -> {
            String value = cell(cells, column);
            if (value != null && !value.isEmpty()) {
                extra.put(header, value);
            }
        });
        return extra;
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    private static String quote(String raw) {
        String oneLine = raw.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT) + "…";
    }

    /** Signals a value that does not fit its column's type; carries the reason in both languages. */
    private static final class UnreadableValue extends RuntimeException {
        private final String zh;
        private final String en;

        UnreadableValue(String zh, String en) {
            super(en, null, false, false);
            this.zh = zh;
            this.en = en;
        }
    }
}
