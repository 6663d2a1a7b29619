"""q03: a family L form as a Word template filled in through its controls, written as raw WordprocessingML: values in
content controls (block, run and cell level; one left showing its placeholder text), legacy form fields (FORMTEXT,
the value between fldChar separate and end), 分值 / 得分 sums as fields with cached results (=SUM(ABOVE), one a
w:fldSimple, one a complex field), and the indicator table split at a page break, the 产出指标 cell's vertical merge
going on in the second table. Zipped with fixed times so the bytes are the same every run."""
import sys, zipfile
# --legacy: every control a legacy FORMTEXT field instead (a Word 97-2003 protected form, as q03b is saved to .doc);
# a placeholder becomes a field left empty, which Word shows as five en spaces
LEGACY = '--legacy' in sys.argv
args = [a for a in sys.argv[1:] if a != '--legacy']
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
GRID = [900, 1100, 1700, 1100, 1100, 700, 700, 900, 900]

def r(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

def p(*runs):
    return '<w:p>' + ''.join(runs) + '</w:p>'

def sdt_run(text, tag='值', placeholder=False):
    if LEGACY:
        return formtext('\u2002' * 5 if placeholder else text)
    pr = f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>' + ('<w:showingPlcHdr/>' if placeholder else '') + \
         '<w:text/></w:sdtPr>'
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ''
    return f'<w:sdt>{pr}<w:sdtContent><w:r>{style}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'

def formtext(value, default=''):
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:textInput><w:default w:val="{escape(default)}"/></w:textInput></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(value) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

def complex_field(instr, cached):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r(cached) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

def simple_field(instr, cached):
    return f'<w:fldSimple w:instr=" {escape(instr)} ">' + r(cached) + '</w:fldSimple>'

def tc(content, span=1, vmerge=None, width=None):
    """content: a plain string, or raw paragraph XML (starts with <w:p or <w:sdt)."""
    pr = ''
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == 'restart':
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == 'continue':
        pr += '<w:vMerge/>'
    body = content if content.startswith('<w:') else p(r(content)) if content else p()
    return f'<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>'

def tr(*cells, header=False):
    pr = '<w:trPr><w:tblHeader/></w:trPr>' if header else ''
    return '<w:tr>' + pr + ''.join(cells) + '</w:tr>'

def table(rows):
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in GRID)
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
            + ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in
                      ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
            + '</w:tblBorders></w:tblPr><w:tblGrid>' + grid + '</w:tblGrid>' + ''.join(rows) + '</w:tbl>')

def sdt_cell(text, tag):
    """a content control around a whole cell (w:sdt around w:tc)"""
    if LEGACY:
        return tc(p(formtext(text)))
    return (f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/></w:sdtPr><w:sdtContent>' + tc(text) + '</w:sdtContent></w:sdt>')

def sdt_block(text, tag):
    """a block content control holding the cell's paragraph"""
    if LEGACY:
        return p(formtext(text))
    return f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>' + p(r(text)) + '</w:sdtContent></w:sdt>'

rows1 = [
    tr(tc('项目名称', 2), tc(sdt_block('金沙镇枸杞基地节水灌溉改造项目', '项目名称'), 7)),
    tr(tc('主管部门', 2), tc(p(formtext('金沙县农业农村局')), 2), tc('实施单位', 1),
       tc(p(sdt_run('金沙县农业技术推广服务中心', '实施单位')), 4)),
    tr(tc('项目资金（万元）', 3), tc('年初预算数'), tc('全年预算数'), tc('全年执行数'), tc('执行率'), tc('', 2)),
    tr(tc('年度资金总额', 3), tc(p(formtext('300'))), tc(p(formtext('300'))), tc(p(formtext('285'))), tc(p(formtext('95%'))), tc('', 2)),
    tr(tc('其中：当年财政拨款', 3), tc('300'), tc('300'), tc('285'), tc('95%'), tc('', 2)),
    tr(tc('上年结转资金', 3), tc('0'), tc('0'), tc('0'), tc('—'), tc('', 2)),
    tr(tc('其他资金', 3), tc('0'), tc('0'), tc('0'), tc('—'), tc('', 2)),
    tr(tc('年度总体目标', 1, 'restart'), tc('预期目标', 4), tc('实际完成情况', 4)),
    tr(tc('', 1, 'continue'), tc(sdt_block('改造枸杞基地节水灌溉面积3000亩，新建首部泵站2座，亩均节水80立方米以上。', '预期目标'), 4),
       tc(sdt_block('完成节水灌溉改造3200亩，建成首部泵站2座，亩均节水86立方米。', '实际完成情况'), 4)),
    tr(tc('一级指标'), tc('二级指标'), tc('三级指标'), tc('年度指标值'), tc('实际完成值'), tc('分值'), tc('得分'),
       tc('偏差原因分析及改进措施', 2), header=True),
    tr(tc('项目决策（10分）', 1, 'restart'), tc('项目立项'), tc('立项依据充分性'), tc('充分'), tc(p(sdt_run('充分'))), tc('5'), tc('5'), tc('', 2)),
    tr(tc('', 1, 'continue'), tc('绩效目标'), tc('绩效目标合理性'), tc('合理'), tc(p(sdt_run('合理'))), tc('5'), tc('5'), tc('', 2)),
    tr(tc('项目管理（20分）', 1, 'restart'), tc('资金管理', 1, 'restart'), tc('预算执行率'), tc('100%'), tc(p(formtext('95%'))), tc('10'),
       tc(p(formtext('9.5'))), tc(p(sdt_run('单击或点击此处输入文字。', '偏差原因', True)), 2)),
    tr(tc('', 1, 'continue'), tc('', 1, 'continue'), tc('资金使用合规性'), tc('合规'), tc(p(sdt_run('合规'))), tc('5'), tc('5'), tc('', 2)),
    tr(tc('', 1, 'continue'), tc('组织实施'), tc('制度执行有效性'), tc('有效'), tc(p(sdt_run('有效'))), tc('5'), tc('5'), tc('', 2)),
    tr(tc('产出指标（40分）', 1, 'restart'), tc('数量指标', 1, 'restart'), tc('改造节水灌溉面积'), tc('≥3000亩'),
       sdt_cell('3200亩', '完成值'), tc('15'), tc('15'), tc('', 2)),
    tr(tc('', 1, 'continue'), tc('', 1, 'continue'), tc('新建首部泵站'), tc('2座'), sdt_cell('2座', '完成值'), tc('5'), tc('5'), tc('', 2)),
]
rows2 = [
    tr(tc('', 1, 'continue'), tc('质量指标'), tc('工程验收合格率'), tc('100%'), tc(p(formtext('100%'))), tc('10'), tc('10'), tc('', 2)),
    tr(tc('', 1, 'continue'), tc('时效指标'), tc('工程完工时间'), tc('2023年10月底前'), tc(p(r('2023年'), formtext('10'), r('月'), formtext('25'), r('日')) if LEGACY else p(formtext('2023年10月25日'))), tc('10'), tc('10'), tc('', 2)),
    tr(tc('效益指标（20分）', 1, 'restart'), tc('经济效益指标'), tc('亩均节水量'), tc('≥80立方米'), tc(p(formtext('86立方米'))), tc('10'), tc('10'), tc('', 2)),
    tr(tc('', 1, 'continue'), tc('生态效益指标'), tc('灌溉水利用系数'), tc('≥0.85'), tc(p(formtext('0.87'))), tc('10'), tc('10'), tc('', 2)),
    tr(tc('满意度指标（10分）'), tc('服务对象满意度指标'), tc('种植户满意度'), tc('≥90%'), tc(p(formtext('93%'))), tc('10'), tc('10'),
       tc(p(sdt_run('单击或点击此处输入文字。', '偏差原因', True)), 2)),
    tr(tc('总分', 5), tc(p(simple_field('=SUM(ABOVE)', '100'))), tc(p(complex_field('=SUM(ABOVE)', '99.5'))), tc('', 2)),
]
body = (p('<w:pPr><w:jc w:val="center"/></w:pPr>', r('项目支出绩效自评表'))
        + p('<w:pPr><w:jc w:val="center"/></w:pPr>', r('（2023年度）'))
        + table(rows1)
        + p('<w:r><w:br w:type="page"/></w:r>')
        + table(rows2)
        + (p(r('填报日期：'), formtext('2024'), r('年'), formtext('3'), r('月'), formtext('15'), r('日')) if LEGACY else
           p(r('填报日期：'), '<w:sdt><w:sdtPr><w:date w:fullDate="2024-03-15T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/>'
            '<w:lid w:val="zh-CN"/></w:date></w:sdtPr><w:sdtContent>' + r('2024年3月15日') + '</w:sdtContent></w:sdt>')))
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document {W}><w:body>{body}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
            '</w:body></w:document>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
with zipfile.ZipFile(args[0], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in [('[Content_Types].xml', types), ('_rels/.rels', rels), ('word/document.xml', document)]:
        info = zipfile.ZipInfo(name, (2024, 3, 15, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode('utf-8'))
