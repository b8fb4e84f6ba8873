package cn.certsift.jobs.samples;

import java.util.List;

/**
 * Real administrative divisions for ID numbers and addresses. The sample city is 江门市 (粤J): its
 * districts are where employers and training institutions sit; people come from the city, the rest
 * of the province, neighbouring provinces and far away, as in a Pearl River Delta workforce.
 */
final class Regions {

    /** How far from the sample city a person's ID number was issued. */
    enum Tier {
        CITY, PROVINCE, NEIGHBOUR, FAR
    }

    /** A district of the sample city, as rosters name it. */
    record District(String code, String name, String pinyin) {
    }

    static final String CITY_NAME = "江门市";
    static final String PROVINCE_ABBREVIATION = "粤";
    static final char CITY_LETTER = 'J';
    /** Other Guangdong cities' plate letters, for construction certificates issued elsewhere in the province. */
    static final String OTHER_CITY_LETTERS = "ABCEFHKMQRTW";

    static final List<District> DISTRICTS = List.of(
            new District("440703", "蓬江区", "pengjiang"),
            new District("440704", "江海区", "jianghai"),
            new District("440705", "新会区", "xinhui"),
            new District("440781", "台山市", "taishan"),
            new District("440783", "开平市", "kaiping"),
            new District("440784", "鹤山市", "heshan"),
            new District("440785", "恩平市", "enping"));

    private static final List<String> PROVINCE = List.of("440106", "440111", "440305", "440604", "440605", "441302",
            "441402", "441481", "440882", "445202", "440902", "441702", "441223", "441502");
    private static final List<String> NEIGHBOUR = List.of("430102", "431002", "430902", "450102", "450881", "450921",
            "360102", "360731", "350102", "460105", "431121", "450703");
    private static final List<String> FAR = List.of("510104", "511302", "500101", "420102", "411302", "411602",
            "341221", "522301", "530102", "620102", "650102", "230102", "130102", "370102", "610702", "640104");

    private Regions() {
    }

    static List<String> codes(Tier tier) {
        return switch (tier) {
            case CITY -> DISTRICTS.stream().map(District::code).toList();
            case PROVINCE -> PROVINCE;
            case NEIGHBOUR -> NEIGHBOUR;
            case FAR -> FAR;
        };
    }
}
