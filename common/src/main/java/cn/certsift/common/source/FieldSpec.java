package cn.certsift.common.source;

/** One column of the data contract: canonical name, the Chinese header, whether it is required, and its type. */
public record FieldSpec(String name, String chineseHeader, boolean required, FieldType type) {

    static FieldSpec required(String name, String chineseHeader, FieldType type) {
        return new FieldSpec(name, chineseHeader, true, type);
    }

    static FieldSpec optional(String name, String chineseHeader, FieldType type) {
        return new FieldSpec(name, chineseHeader, false, type);
    }

    /** Whether a failed check of this field's standard is recorded in a {@code <name>_valid} column. */
    public boolean isChecked() {
        return type == FieldType.ID_NUMBER || type == FieldType.CREDIT_CODE;
    }

    public String validColumn() {
        return name + "_valid";
    }
}
