package cn.certsift.jobs.io;

/** How wide text shows in a terminal or a spreadsheet column: a Chinese character takes two columns. */
public final class TextWidth {

    private TextWidth() {
    }

    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }

    public static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }
}
