package perfaudit.bench.corpus;

import perfaudit.bench.corpus.drawing.Drawing.Item;
import perfaudit.bench.corpus.drawing.HtmlWriter;
import perfaudit.model.Terms;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes generated forms as saved web pages ({@link HtmlWriter}), laid out as {@link FormTable}
 * draws them (merged cells as {@code rowspan}/{@code colspan}), alternating by file as sites
 * publish them: odd files a content system's compact UTF-8 page, even files Word's "save as web
 * page" markup in GBK, declared as {@code gb2312} as such pages do.
 */
final class HtmlRenderer implements FormRenderer {

    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public byte[] render(int batch, String title, List<GeneratedForm> forms) {
        List<FormTable.Entry> list = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            list.add(new FormTable.Entry(String.valueOf(i + 1), forms.get(i).listName(), ""));
        }
        List<Item> items = new ArrayList<>(FormTable.preamble(title + " " + Terms.LIST_TITLE, list));
        forms.forEach(form -> items.addAll(FormTable.form(XlsxRenderer.texts(form))));
        boolean word = batch % 2 == 0;
        HtmlWriter.Markup markup = word ? HtmlWriter.Markup.WORD : HtmlWriter.Markup.PLAIN;
        String page = HtmlWriter.page(title + " " + Terms.LIST_TITLE, word ? "gb2312" : "utf-8",
                HtmlWriter.body(items, markup), markup);
        return page.getBytes(word ? GBK : StandardCharsets.UTF_8);
    }
}
