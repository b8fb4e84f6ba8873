package cn.certsift.jobs.samples;

import cn.certsift.common.source.SourceKind;

/**
 * A column of an output file: the header as written and the contract field it holds, or a column the
 * contract does not know (序号, 备注) that ingest must keep aside.
 */
record Column(String header, String field, Extra extra) {

    /** What a column the contract does not know holds. */
    enum Extra {
        ROW_NUMBER, REMARK
    }

    /** The field under its contract header. */
    static Column field(SourceKind kind, String field) {
        return new Column(kind.fields().get(kind.indexOf(field)).chineseHeader(), field, null);
    }

    /** The field under another header: a synonym, the English name, or the header with spaces or marks. */
    static Column field(String header, String field) {
        return new Column(header, field, null);
    }

    static Column extra(String header, Extra extra) {
        return new Column(header, null, extra);
    }
}
