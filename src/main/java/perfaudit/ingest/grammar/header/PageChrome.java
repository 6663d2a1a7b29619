package perfaudit.ingest.grammar.header;

import perfaudit.ingest.grammar.Lexicon;
import perfaudit.ingest.grammar.Tokens;

/**
 * Finds the cells that open a page's chrome (索引号, 发布时间, 主题分类, a document site's 下载本文档 /
 * 版权说明, the vocabulary's {@code pageChrome}): what a publishing page prints around a form, never
 * part of one. Between two forms of one file it is the next form's page beginning, so a part being
 * read ends there. A list bullet or bracket before the label is allowed (- 索引号, 【字体:打印】).
 */
public final class PageChrome {

    /** Characters that may stand before a chrome label: a list bullet, an opening bracket. */
    private static final String BULLETS = "-·•*【[";
    private static final int MAX_BULLETS = 2;

    private final Tokens t;
    private final Lexicon lex;

    public PageChrome(Tokens t, Lexicon lex) {
        this.t = t;
        this.lex = lex;
    }

    /** True when cell i starts with a page-chrome label. */
    public boolean at(int i) {
        if (i < 0 || i >= t.size() || t.get(i).isBlank()) {
            return false;
        }
        String key = t.get(i).key();
        int skip = 0;
        while (skip < key.length() && skip < MAX_BULLETS && BULLETS.indexOf(key.charAt(skip)) >= 0) {
            skip++;
        }
        return skip < key.length() && lex.pageChrome.longestAt(key, skip) != null;
    }
}
