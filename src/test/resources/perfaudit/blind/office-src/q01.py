"""q01: a family B form as a budget system's "export to xlsx" writes it, named .et (WPS's spreadsheet extension):
inline strings and formula strings, no shared strings and no styles part, a <dimension> that lies, cells stored out of
order, rows and cells without r=, a 执行率 formula with no cached value (the exporter does not calculate), a #DIV/0!
and a #REF! cached error. Written as raw XML parts, zipped with fixed times so the bytes are the same every run."""
import sys, zipfile
from xml.sax.saxutils import escape

def col(c):
    s = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s

def cell(r, c, v, ref=True):
    at = f' r="{col(c)}{r}"' if ref else ''
    if isinstance(v, tuple):
        kind, f, cached = v
        if kind == 'str':
            return f'<c{at} t="str"><f>{escape(f)}</f><v>{escape(cached)}</v></c>'
        if kind == 'e':
            return f'<c{at} t="e"><f>{escape(f)}</f><v>{cached}</v></c>'
        if kind == 'nocache':
            return f'<c{at}><f>{escape(f)}</f></c>'
        if kind == 'n':
            return f'<c{at}><f>{escape(f)}</f><v>{cached}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c{at}><v>{v}</v></c>'
    return f'<c{at} t="inlineStr"><is><t>{escape(v)}</t></is></c>'

rows = {}
def put(r, cells):
    rows[r] = cells

put(1, {0: '绩效目标自评表'})
put(2, {0: '（2023年度）'})
put(3, {0: '项目名称', 2: '双河镇茶叶加工厂提升改造项目'})
put(4, {0: '主管部门', 2: '[207]双河县农业农村局', 5: '实施单位', 6: '双河镇人民政府'})
put(5, {0: '项目负责人及电话', 2: '陈立新 13905551234'})
put(6, {0: '项目资金（万元）', 2: '全年预算数（A）', 3: '全年执行数（B）', 4: '分值', 5: '执行率（B/A）', 6: '得分'})
put(7, {0: '年度资金总额', 2: 200, 3: 190, 4: 10, 5: ('str', 'TEXT(D7/C7,"0.00%")', '95.00%'), 6: ('n', 'ROUND(D7/C7*E7,2)', 9.5)})
put(8, {0: '其中：当年财政拨款', 2: 180, 3: 172, 4: '—', 5: ('str', 'TEXT(D8/C8,"0.00%")', '95.56%'), 6: '—'})
put(9, {0: '上年结转资金', 2: 20, 3: 18, 4: '—', 5: ('nocache', 'TEXT(D9/C9,"0.00%")', None), 6: '—'})
put(10, {0: '其他资金', 2: 0, 3: 0, 4: '—', 5: ('e', 'D10/C10', '#DIV/0!'), 6: '—'})
put(11, {0: '年度总体目标', 1: '预期目标', 5: '实际完成情况'})
put(12, {1: '改造提升茶叶加工生产线2条，带动茶农150户以上，带动脱贫户户均增收1200元以上。',
         5: '完成2条茶叶加工生产线改造并投产，带动茶农163户，带动脱贫户户均增收1350元。'})
put(13, {0: '绩效指标', 1: '一级指标', 2: '二级指标', 3: '三级指标', 4: '分值', 5: '年度指标值', 6: '实际完成值', 7: '得分',
         8: '偏差原因分析及改进措施'})
indicators = [
    ('产出指标', '数量指标', '★改造茶叶加工生产线（≥**条）', 20, '≥2条', '2条', 20, ''),
    ('', '', '带动茶农户数', 10, '≥150户', '163户', ('e', '#REF!/150*E15', '#REF!'), ''),
    ('', '质量指标', '设备验收合格率', 10, '100%', '100%', 10, ''),
    ('', '时效指标', '项目完工率', 10, '100%', '100%', 10, ''),
    ('效益指标', '经济效益指标', '★带动脱贫户户均增收（≥**元）', 15, '≥1200元', '1350元', 15, ''),
    ('', '可持续影响指标', '加工厂持续运营年限', 15, '≥5年', '5年', 15, ''),
    ('满意度指标', '服务对象满意度指标', '受益农户满意度', 10, '≥90%', '95%', 10, ''),
]
for i, (a, b, c, w, t, act, s, why) in enumerate(indicators):
    put(14 + i, {1: a, 2: b, 3: c, 4: w, 5: t, 6: act, 7: s, 8: why})
put(21, {0: '总分', 4: 100, 7: 99.5})

def row_xml(r, cells, with_ref, order):
    keys = sorted(k for k, v in cells.items() if v != '')
    if order == 'reverse':
        keys = keys[::-1]
    if not with_ref:
        # cells without r= are placed one after another: write every column up to the last, empty ones as <c/>
        out = []
        for c in range(max(keys) + 1):
            v = cells.get(c, '')
            out.append('<c/>' if v == '' else cell(r, c, v, False))
        return '<row>' + ''.join(out) + '</row>'
    return f'<row r="{r}">' + ''.join(cell(r, c, cells[c]) for c in keys) + '</row>'

parts = []
# header rows with r=, stored out of order (funds before the header, the title last), cells right to left in some
for r in [6, 7, 8, 9, 10, 3, 4, 5, 1, 2]:
    parts.append((r, row_xml(r, rows[r], True, 'reverse' if r in (7, 9, 4) else 'forward')))
parts.sort(key=lambda p: {6: 0, 7: 1, 8: 2, 9: 3, 10: 4, 3: 5, 4: 6, 5: 7, 1: 8, 2: 9}[p[0]])
sheet_rows = [x for _, x in parts]
# the goal and the indicator table: row 11 with r=, then rows 12..21 without r= (in order, as the exporter streams them)
sheet_rows.append(row_xml(11, rows[11], True, 'forward'))
for r in range(12, 22):
    sheet_rows.append(row_xml(r, rows[r], False, 'forward'))

merges = ['A3:B3', 'C3:I3', 'A4:B4', 'C4:E4', 'G4:I4', 'A5:B5', 'C5:I5', 'A6:B6', 'A7:B7', 'A8:B8', 'A9:B9', 'A10:B10',
          'A11:A12', 'B11:E11', 'F11:I11', 'B12:E12', 'F12:I12', 'A13:A20', 'B14:B17', 'C14:C15', 'B18:B19', 'A21:D21',
          'A1:I1', 'A2:I2']
sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<dimension ref="A1:G9"/><sheetData>' + ''.join(sheet_rows) + '</sheetData>'
         '<mergeCells count="%d">' % len(merges) + ''.join(f'<mergeCell ref="{m}"/>' for m in merges) + '</mergeCells>'
         '</worksheet>')
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '</Relationships>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>')
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in [('[Content_Types].xml', types), ('_rels/.rels', rels), ('xl/workbook.xml', workbook),
                       ('xl/_rels/workbook.xml.rels', wbrels), ('xl/worksheets/sheet1.xml', sheet)]:
        info = zipfile.ZipInfo(name, (2023, 12, 28, 9, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode('utf-8'))
