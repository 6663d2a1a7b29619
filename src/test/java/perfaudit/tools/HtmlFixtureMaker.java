package perfaudit.tools;

import perfaudit.bench.corpus.drawing.HtmlWriter;
import perfaudit.ingest.Inputs;
import perfaudit.model.Document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the hand-made HTML fixtures (see fixtures/html/README.md): each seed as a government site
 * shows a form saved from Word, the page an auditor saves. The seed is read by perfaudit's parser
 * and drawn as for the office renditions ({@link FormDrawing}), in Word's web-page markup
 * ({@link HtmlWriter.Markup#WORD}); with {@code --chrome} inside page chrome: a date banner,
 * navigation, a script, the 索引号 / 发布机构 table sites put above every document, the 字号 / 打印
 * bar, a share button and footers. The page declares {@code charset=gb2312} and is saved in GBK,
 * as such sites serve it. Run: {@code fixtures/html/make.sh}, or
 * {@code java -cp … perfaudit.tools.HtmlFixtureMaker SEED.txt OUT.html [--chrome]}.
 */
public final class HtmlFixtureMaker {

    private static final Charset GBK = Charset.forName("GBK");

    private HtmlFixtureMaker() {
    }

    public static void main(String[] args) throws IOException {
        Path seed = Path.of(args[0]);
        Document document = Inputs.read(seed, seed.getFileName().toString());
        boolean chrome = args.length > 2 && args[2].equals("--chrome");
        String body = "<div class=WordSection1>\r\n" + HtmlWriter.body(OfficeFixtureMaker.whole(document),
                HtmlWriter.Markup.WORD) + "</div>\r\n";
        String page = HtmlWriter.page(document.title() == null ? "自评表" : document.title(), "gb2312",
                chrome ? chromeBefore() + body + chromeAfter() : body, HtmlWriter.Markup.WORD);
        CharsetEncoder encoder = GBK.newEncoder();
        if (!encoder.canEncode(page)) {
            throw new IllegalStateException(seed + " has characters GBK cannot hold");
        }
        Files.write(Path.of(args[1]), page.getBytes(GBK));
        System.out.println("written " + args[1]);
    }

    /** What a site puts above a document: content (read, and reported as not part of a form) and chrome (skipped). */
    private static String chromeBefore() {
        return """
                <div class="top-bar">今天是：2025年12月04日 星期四</div>
                <div id="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 财政预决算</div>
                <script type="text/javascript">var title = "<table><tr><td>项目名称</td></tr></table>";</script>
                <style>.xxgk td { border: 1px solid #ccc }</style>
                <table class="xxgk">
                <tr><td>索引号：</td><td>11341502MB1234567X/2024-00123</td><td>发布机构：</td><td>人力资源和社会保障局</td></tr>
                <tr><td>发布日期：</td><td>2024-06-20</td><td>文号：</td><td>无</td></tr>
                </table>
                <div class="fontsize">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印本页</a></div>
                """;
    }

    private static String chromeAfter() {
        return """
                <div class="bdshare"><a href="#">分享到微信</a></div>
                <footer>版权所有：人力资源和社会保障局 &nbsp; 网站标识码 3415020001</footer>
                <div class="footer">主办单位：某某区人民政府办公室</div>
                """;
    }
}
