#!/usr/bin/env python3
"""Writes the nineteenth blind round's web pages t01-t05 (see ../README.md). Run by make.sh; the pages are the fixtures."""
import html
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else '..'


def c(text, cs=1, rs=1):
    return (text, cs, rs)


def esc(t):
    return html.escape(t, quote=False)


def span_attrs(cs, rs, quote='"'):
    a = ''
    if cs > 1:
        a += f' colspan={quote}{cs}{quote}'
    if rs > 1:
        a += f' rowspan={quote}{rs}{quote}'
    return a


# ---------------------------------------------------------------- t01: TRS_Editor, Word's MsoNormalTable pasted in

def word_para(line):
    """One line of a cell as Word pastes it: MsoNormal paragraph, Latin runs in lang=EN-US spans."""
    out, run, latin = [], '', None
    for ch in line:
        is_latin = ch.isascii() and ch not in ' '
        if latin is None or is_latin == latin:
            run += ch
        else:
            out.append((latin, run))
            run = ch
        latin = is_latin
    if run:
        out.append((latin, run))
    body = ''
    for is_latin, r in out:
        if is_latin:
            body += f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif'>{esc(r)}</span>"
        else:
            body += f"<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>{esc(r)}</span>"
    return body


def word_cell(text, cs, rs, width):
    style = ("width:%.1fpt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;"
             "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt" % (width * cs))
    attrs = span_attrs(cs, rs, quote='')
    if not text:
        paras = "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    else:
        paras = ''
        for line in text.split('\n'):
            # a figure Word (or the CMS editor) broke inside the cell keeps its pieces in one paragraph with <br>
            line = '<br>\n'.join(word_para(p) for p in line.split('^'))
            paras += ("<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly'>"
                      + line + "<span lang=EN-US><o:p></o:p></span></p>\n")
    return f"  <td width={int(width * cs * 1.33)}{attrs} valign=center style='{style}'>\n{paras}  </td>\n"


def word_table(rows, klass='MsoNormalTable'):
    out = [f"<table class={klass} border=1 cellspacing=0 cellpadding=0 width=620 style='width:465.0pt;border-collapse:collapse;"
           "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"]
    for i, row in enumerate(rows):
        out.append(f" <tr style='mso-yfti-irow:{i};height:18.0pt'>\n")
        for text, cs, rs in row:
            out.append(word_cell(text, cs, rs, 50.0))
        out.append(" </tr>\n")
    out.append("<![if !supportMisalignedColumns]>\n <tr height=0>\n" + "".join(
        "  <td width=66 style='border:none'></td>\n" for _ in range(9)) + " </tr>\n<![endif]>\n</table>\n")
    return ''.join(out)


T01_ROWS = [
    [c('项目名称', 2), c('梓阳县2023年脱贫村小型水利设施维修养护项目', 7)],
    [c('主管部门', 2), c('[205]梓阳县水利局', 3), c('实施单位'), c('梓阳县农村饮水安全管理站', 3)],
    [c('项目负责人\n及电话', 2), c('周立新  0558-6213478', 7)],
    [c('项目资金\n（万元）', 2, 4), c('', 2), c('全年预算数\n（A）'), c('全年执行数\n（B）'), c('分值'), c('执行率\n（B/A）'), c('得分')],
    [c('年度资金总额', 2), c('1,^234.5'), c('1,^172.78'), c('10'), c('95%'), c('9.5')],
    [c('其中：中央财政资金', 2), c('1,^000'), c('950'), c('—'), c('95%'), c('—')],
    [c('县级财政资金', 2), c('234.5'), c('222.78'), c('—'), c('95%'), c('—')],
    [c('年度\n总体\n目标', 1, 2), c('预期目标', 4), c('实际完成情况', 4)],
    [c('1.维修养护脱贫村小型水利设施不少于120处，新建排灌渠道8.5公里；\n2.改善农田灌溉条件，受益脱贫人口不少于3,200人。', 4),
     c('1.维修养护小型水利设施124处，新建排灌渠道8.6公里；\n2.受益脱贫人口3,260人。', 4)],
    [c('绩\n效\n指\n标', 1, 10), c('一级\n指标'), c('二级指标'), c('三级指标'), c('分值'), c('年度\n指标值'), c('全年\n实际值'), c('得分'),
     c('未完成原因及拟采取\n的改进措施')],
    [c('产出\n指标', 1, 5), c('数量指标', 1, 2), c('★维修养护小型水利设施数量（≥**处）'), c('15'), c('≥120处'), c('124处'), c('15'), c('')],
    [c('新建排灌渠道长度'), c('10'), c('≥8.5公里'), c('8.6公里'), c('10'), c('')],
    [c('质量指标'), c('工程验收合格率'), c('10'), c('100%'), c('100%'), c('10'), c('')],
    [c('时效指标'), c('工程完工及时率'), c('5'), c('≥95%'), c('96%'), c('5'), c('')],
    [c('成本指标'), c('单处维修养护平均成本'), c('10'), c('≤9.5万元/处'), c('9.46万元/处'), c('10'), c('')],
    [c('效益\n指标', 1, 2), c('社会效益指标'), c('★受益脱贫人口数（≥**人）'), c('15'), c('≥3,^200人'), c('3,^260人'), c('15'), c('')],
    [c('可持续影响指标'), c('工程设施正常使用年限'), c('15'), c('≥10年'), c('10年'), c('15'), c('')],
    [c('满意度\n指标'), c('服务对象满意度指标'), c('受益群众满意度'), c('10'), c('≥90%'), c('88%'), c('8'),
     c('部分村组渠道汛期淤积，清淤不及时；\n下年建立村级管护责任制。')],
    [c('总分', 4), c('100'), c(''), c(''), c('97.5'), c('')],
]


def t01():
    form = word_table(T01_ROWS)
    printed = word_table(T01_ROWS, klass='MsoTableGrid')
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>梓阳县水利局2023年度项目绩效自评结果公开_梓阳县人民政府</title>
<meta name="ColumnName" content="预算决算" />
<meta name="ArticleTitle" content="梓阳县水利局2023年度项目绩效自评结果公开" />
<style type="text/css">
body {{ margin:0; font-family:"微软雅黑"; }}
.wrap {{ width:1000px; margin:0 auto; }}
#zoom {{ font-size:16px; line-height:30px; }}
#zoom .print-area table.MsoTableGrid {{ display:none; }}
.share-bar span, .tools a {{ margin:0 4px; }}
</style>
</head>
<body>
<div class="wrap">
<div class="top"><a href="/">梓阳县人民政府</a> <span>无障碍</span> <span>长者模式</span></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">预算决算</a></div>
<div class="article">
<h1 class="title">梓阳县水利局2023年度项目绩效自评结果公开</h1>
<div class="info">发布时间：2024-05-20 09:30 &nbsp; 来源：梓阳县水利局 &nbsp; 浏览次数：<span id="hits">128</span>
<span class="tools">字号：<a href="javascript:doZoom(18)">大</a><a href="javascript:doZoom(16)">中</a><a href="javascript:doZoom(14)">小</a></span></div>
<div id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:0;line-height:1.5;font-family:宋体;font-size:12pt;}}
.TRS_Editor TD{{font-family:宋体;font-size:10.5pt;}}
</style>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:Compatibility><w:SpaceForUL/><w:BalanceSingleByteDoubleByteWidth/></w:Compatibility>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 table.MsoNormalTable {{mso-style-name:普通表格;mso-tstyle-rowband-size:0;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}}
</style>
<![endif]-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:方正小标宋简体'>项目绩效目标自评表</span></b><span lang=EN-US><o:p></o:p></span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-family:楷体_GB2312'>（</span><span lang=EN-US>2023</span><span style='font-family:楷体_GB2312'>年度）</span><span lang=EN-US><o:p></o:p></span></p>
<div class="screen-area">
{form}</div>
<div class="print-area">
{printed}</div>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='font-family:仿宋_GB2312'>填报人：王晓芳</span><span lang=EN-US>&nbsp;&nbsp;&nbsp; </span><span style='font-family:仿宋_GB2312'>填报日期：</span><span lang=EN-US>2024</span><span style='font-family:仿宋_GB2312'>年</span><span lang=EN-US>4</span><span style='font-family:仿宋_GB2312'>月</span><span lang=EN-US>18</span><span style='font-family:仿宋_GB2312'>日</span></p>
</div>
</div>
<div class="share-bar">分享到：<span>微信</span><span>微博</span> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">主办：梓阳县人民政府办公室 &nbsp; 网站标识码：3412990001 &nbsp; 皖ICP备05012345号</div>
</div>
</body>
</html>
"""
    write('t01-ziyang-shuili-familyB-trseditor-wordpaste-printcopy-2023.html', page, 'utf-8')


# ---------------------------------------------------------------- t02: a hidden <col> whose cells the exporter left out

T02_ROWS = [
    [c('转移支付（项目）名称', 2), c('农村供水工程维修养护补助资金', 5)],
    [c('中央主管部门', 2), c('水利部', 2), c('地方主管部门'), c('鹤川县水利局', 2)],
    [c('资金使用单位', 2), c('鹤川县农村供水管理站', 5)],
    [c('资金情况\n（万元）', 1, 4), c('', 2), c('全年预算数（A）', 2), c('全年执行数（B）'), c('执行率（B/A）')],
    [c('年度资金总额', 2), c('680', 2), c('646'), c('95.00%')],
    [c('其中：中央补助', 2), c('500', 2), c('485'), c('97.00%')],
    [c('地方资金', 2), c('180', 2), c('161'), c('89.44%')],
    [c('年度总体目标', 1, 2), c('预期目标', 3), c('实际完成情况', 3)],
    [c('维修养护农村供水工程45处，保障6.2万农村人口稳定供水，农村自来水普及率保持在90%以上。', 3),
     c('维修养护农村供水工程47处，保障6.3万农村人口稳定供水，农村自来水普及率91.5%。', 3)],
    [c('一级指标'), c('二级指标'), c('三级指标'), c('指标值', 2), c('全年实际完成值'), c('未完成原因和改进措施')],
    [c('产出指标', 1, 4), c('数量指标'), c('维修养护农村供水工程数量'), c('≥45处', 2), c('47处'), c('')],
    [c('质量指标'), c('水质检测合格率'), c('≥95%', 2), c('96.8%'), c('')],
    [c('时效指标'), c('资金下达时限'), c('≤30天', 2), c('26天'), c('')],
    [c('成本指标'), c('单处工程维修养护补助标准'), c('≤15万元/处', 2), c('13.7万元/处'), c('')],
    [c('效益指标', 1, 2), c('社会效益指标'), c('受益农村人口数量'), c('≥6.2万人', 2), c('6.3万人'), c('')],
    [c('可持续影响指标'), c('工程良性运行机制'), c('长期', 2), c('长期'), c('')],
    [c('满意度指标'), c('服务对象满意度指标'), c('受益群众满意度'), c('≥90%', 2), c('87%'),
     c('个别村供水管网老化，用水高峰水压不足；下年纳入管网改造计划。')],
]


def plain_table(rows, attrs='', cell_attrs=''):
    out = [f'<table{attrs}>\n']
    for row in rows:
        out.append('  <tr>\n')
        for text, cs, rs in row:
            out.append(f'    <td{span_attrs(cs, rs)}{cell_attrs}>{"<br>".join(esc(x) for x in text.split(chr(10))) or "&nbsp;"}</td>\n')
        out.append('  </tr>\n')
    out.append('</table>\n')
    return ''.join(out)


def t02():
    # The platform's editor keeps the table's colgroup (8 columns, the 3rd the unit's hidden 指标编码 column) but, as it
    # strips hidden cells on save, writes no cell for that column in any row: every row spans 7 columns.
    cols = ('<colgroup>\n  <col width="90">\n  <col width="100">\n  <col width="0" style="display:none">\n'
            '  <col width="170">\n  <col width="60">\n  <col width="60">\n  <col width="110">\n  <col width="160">\n</colgroup>\n')
    table = plain_table(T02_ROWS, ' class="ke-zeroborder" border="1" cellspacing="0" cellpadding="4" width="760" '
                                  'style="border-collapse:collapse"')
    table = table.replace('>\n', '>\n' + cols, 1)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鹤川县水利局2023年度中央转移支付区域绩效自评情况公开-鹤川县人民政府门户网站</title>
<link rel="stylesheet" href="/static/jyh/css/article.css">
</head>
<body>
<header class="site-head"><div class="logo">鹤川县人民政府门户网站</div>
<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a><a href="/bsfw/">办事服务</a></nav></header>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 财政资金</div>
<table class="xxgk-head">
  <tr><td>索引号：</td><td>11520331MB1234567X/2024-00318</td><td>发布机构：</td><td>鹤川县水利局</td></tr>
  <tr><td>发文日期：</td><td>2024-06-12</td><td>主题分类：</td><td>财政资金</td></tr>
</table>
<article class="content">
<h2>鹤川县水利局2023年度中央转移支付区域绩效自评情况公开</h2>
<div class="view TRS_UEDITOR trs_paper_default trs_word">
<p style="text-align:center"><strong>中央对地方转移支付区域绩效目标自评表</strong></p>
<p style="text-align:center">（2023年度）</p>
{table}<p>注：本表由项目单位填报，县财政局审核。</p>
</div>
</article>
<footer>主办单位：鹤川县人民政府办公室 &nbsp; 政府网站标识码：5203310002</footer>
</body>
</html>
"""
    write('t02-hechuan-gongshui-familyC-jiyuehua-colleftout-2023.html', page, 'utf-8')


# ---------------------------------------------------------------- t03: GBK bytes under a meta that says utf-8

T03_ROWS = [
    [c('转移支付（项目）名称', 2), c('林业草原改革发展资金（森林抚育）', 4)],
    [c('中央主管部门', 2), c('国家林业和草原局'), c('地方主管部门'), c('岚峪县林业局', 2)],
    [c('资金使用单位', 2), c('岚峪县国有林场', 4)],
    [c('资金情况\n（万元）', 1, 4), c('', 2), c('全年预算数（A）'), c('全年执行数（B）'), c('执行率（B/A）')],
    [c('年度资金总额', 2), c('420'), c('399'), c('95.00%')],
    [c('其中：中央补助', 2), c('400'), c('384'), c('96.00%')],
    [c('地方资金', 2), c('20'), c('15'), c('75.00%')],
    [c('资金管理情况', 1, 8), c('', 2), c('情况说明', 2), c('存在问题和改进措施')],
    [c('分配科学性', 2), c('按抚育任务面积因素法分配', 2), c('无')],
    [c('下达及时性', 2), c('收到中央资金后30日内分解下达', 2), c('无')],
    [c('拨付合规性', 2), c('按作业设计和检查验收结果拨付', 2), c('无')],
    [c('使用规范性', 2), c('专款专用，未发现挤占挪用', 2), c('无')],
    [c('执行准确性', 2), c('执行率95%', 2), c('地方配套资金到位偏慢，督促足额到位')],
    [c('预算绩效管理情况', 2), c('按要求开展绩效运行监控和自评', 2), c('无')],
    [c('支出责任履行情况', 2), c('地方资金到位15万元', 2), c('配套不足5万元，下年补足')],
    [c('年度总体目标', 1, 2), c('预期目标', 3), c('实际完成情况', 2)],
    [c('完成中幼龄林抚育2.5万亩，抚育作业验收合格率95%以上，带动林农务工300人以上。', 3),
     c('完成中幼龄林抚育2.56万亩，验收合格率97%，带动林农务工276人。', 2)],
    [c('一级指标'), c('二级指标'), c('三级指标'), c('指标值'), c('全年实际完成值'), c('未完成原因和改进措施')],
    [c('产出指标', 1, 4), c('数量指标'), c('完成森林抚育面积'), c('≥2.5万亩'), c('2.56万亩'), c('')],
    [c('质量指标'), c('抚育作业验收合格率'), c('≥95%'), c('97%'), c('')],
    [c('时效指标'), c('资金拨付及时率'), c('100%'), c('100%'), c('')],
    [c('成本指标'), c('亩均抚育补助标准'), c('≤160元/亩'), c('156元/亩'), c('')],
    [c('效益指标', 1, 2), c('生态效益指标'), c('森林蓄积量增长'), c('≥1.2万立方米'), c('1.25万立方米'), c('')],
    [c('社会效益指标'), c('带动林农务工人数'), c('≥300人'), c('276人'), c('雨季延长，部分作业改为机械作业，用工减少；下年优先吸纳本地林农。')],
    [c('满意度指标'), c('服务对象满意度指标'), c('林农满意度'), c('≥90%'), c('94%'), c('')],
]


def t03():
    table = plain_table(T03_ROWS, ' border="1" cellspacing="0" cellpadding="3" align="center" width="700"')
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>岚峪县林业局2024年度转移支付绩效自评</title>
</head>
<body>
<div id="header">岚峪县林业局 &nbsp;|&nbsp; 信息公开</div>
<div id="main">
<div class="article-title">岚峪县林业局2024年度转移支付绩效自评</div>
<div class="article-info">时间：2025-04-08 &nbsp; 作者：计财股 &nbsp; 点击：56</div>
<div class="article-body">
<p align="center"><b>中央对地方转移支付区域绩效目标自评表</b></p>
<p align="center">（2024年度）</p>
{table}</div>
</div>
<div id="footer">版权所有：岚峪县林业局</div>
</body>
</html>
"""
    write('t03-lanyu-fuyu-familyCprime-gbkbytes-utf8meta-2024.html', page, 'gbk')


# ---------------------------------------------------------------- t04: a modern portal's CSS grid of divs

T04_ROWS = [
    [c('项目名称', 2), c('51162123T000000734561-鹿鸣县城乡学校食堂设备购置', 8)],
    [c('主管部门', 2), c('鹿鸣县教育和体育局', 3), c('实施单位'), c('鹿鸣县教育事务服务中心', 4)],
    [c('项目基本情况', 2), c('为全县32所中小学校食堂购置蒸饭柜、消毒柜、冷藏柜等设备，改善学生就餐条件。', 8)],
    [c('预算执行情况\n（10分）', 2, 6), c(''), c('年初预算'), c('调整后\n预算数'), c('预算\n执行数'), c('预算\n执行率'), c('权重'), c('得分'), c('原因')],
    [c('总额'), c('300'), c('280'), c('266'), c('95.00%'), c('10'), c('9.5'), c('')],
    [c('财政资金'), c('300'), c('280'), c('266'), c('95.00%'), c(''), c(''), c('')],
    [c('财政专户管理资金'), c('0'), c('0'), c('0'), c(''), c(''), c(''), c('')],
    [c('单位资金'), c('0'), c('0'), c('0'), c(''), c(''), c(''), c('')],
    [c('其他资金'), c('0'), c('0'), c('0'), c(''), c(''), c(''), c('')],
    [c('年度总体目标', 2, 2), c('预期目标', 4), c('实际完成情况', 4)],
    [c('为32所学校食堂配齐设备，设备验收合格率100%，受益学生12000人以上。', 4),
     c('为32所学校食堂配齐设备，验收全部合格，受益学生12350人。', 4)],
    [c('绩效指标\n（90分）', 1, 9), c('一级指标'), c('二级指标'), c('三级指标'), c('指标性质'), c('指标值'), c('度量单位'), c('完成值'), c('权重'),
     c('得分')],
    [c('产出指标', 1, 4), c('数量指标'), c('购置食堂设备学校数'), c('≥'), c('32'), c('所'), c('32'), c('20'), c('20')],
    [c('质量指标'), c('设备验收合格率'), c('='), c('100'), c('%'), c('100'), c('15'), c('15')],
    [c('时效指标'), c('设备交付及时率'), c('≥'), c('95'), c('%'), c('96'), c('10'), c('10')],
    [c('成本指标'), c('校均设备购置成本'), c('≤'), c('8.75'), c('万元'), c('8.31'), c('10'), c('10')],
    [c('效益指标', 1, 2), c('社会效益指标'), c('受益学生人数'), c('≥'), c('12000'), c('人'), c('12350'), c('15'), c('15')],
    [c('可持续影响指标'), c('设备使用年限'), c('≥'), c('8'), c('年'), c('8'), c('10'), c('10')],
    [c('满意度指标'), c('服务对象满意度指标'), c('师生满意度'), c('≥'), c('95'), c('%'), c('92'), c('10'), c('9')],
    [c('合计', 7), c('100'), c('98.5')],
    [c('评价结论', 2), c('项目实施情况较好，自评等级为优。', 8)],
    [c('存在问题', 2), c('部分学校设备操作培训不足，师生满意度未达目标。', 8)],
    [c('改进措施', 2), c('下年组织食堂从业人员集中培训。', 8)],
]


def t04():
    cells = []
    for row in T04_ROWS:
        for text, cs, rs in row:
            klass = 'cell' + (f' span-{cs}' if cs > 1 else '') + (f' rows-{rs}' if rs > 1 else '')
            body = '<br>'.join(esc(x) for x in text.split('\n'))
            cells.append(f'      <div class="{klass}">{body}</div>')
    grid = '\n'.join(cells)
    spans = '\n'.join(f'.zp-grid .span-{n} {{ grid-column: span {n} / span {n}; }}' for n in range(2, 9))
    rows = '\n'.join(f'.zp-grid .rows-{n} {{ grid-row: span {n} / span {n}; }}' for n in range(2, 10))
    page = f"""<!doctype html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>鹿鸣县教育和体育局部门预算项目支出绩效自评表（2023年度）</title>
<style>
:root {{ --line: 1px solid #c8d3e0; }}
body {{ font-family: "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; }}
.zp-grid {{ display: grid; grid-template-columns: repeat(10, minmax(0, 1fr)); border-top: var(--line); border-left: var(--line); }}
.zp-grid .cell {{ border-right: var(--line); border-bottom: var(--line); padding: 6px; text-align: center; }}
{spans}
{rows}
@media (max-width: 768px) {{ .zp-grid {{ overflow-x: auto; }} }}
</style>
</head>
<body>
<div id="app">
<header class="gov-header"><div class="gov-logo">鹿鸣县人民政府</div>
<ul class="gov-nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></header>
<main class="article">
<div class="breadcrumb">当前位置：首页 / 政务公开 / 预决算公开</div>
<h1 class="article-title">鹿鸣县教育和体育局部门预算项目支出绩效自评表（2023年度）</h1>
<div class="article-meta"><span>发布日期：2024-07-02</span><span>来源：县教育和体育局</span></div>
<section class="article-body">
  <p class="unit-line">报表编号：510000_0013zp &nbsp;&nbsp; 金额单位：万元</p>
  <div class="zp-grid" role="table">
{grid}
  </div>
  <p class="sign-line">项目负责人：杜文斌 &nbsp;&nbsp; 财务负责人：罗芳</p>
</section>
</main>
<footer class="gov-footer">鹿鸣县人民政府办公室主办 &nbsp; 蜀ICP备12008765号</footer>
</div>
</body>
</html>
"""
    write('t04-luming-shitang-familyD-cssgrid-2023.html', page, 'utf-8')


# ---------------------------------------------------------------- t05: two projects' forms in an iframe's srcdoc

def e_form(unit, date, name, dept, impl, kind, budget, executed, rate, bscore, indicators, total, deviation, measures):
    rows = [
        [c(''), c('单位名称'), c(unit, 3), c('填报日期'), c(date, 2)],
        [c('项目名称', 2), c(name, 6)],
        [c('主管部门', 2), c(dept, 3), c('实施单位'), c(impl, 2)],
        [c('项目类别', 2), c(kind, 6)],
        [c('预算执行情况（万元）（20分）', 2, 2), c('预算数（A）', 2), c('执行数（B）'), c('执行率（B/A）'), c('得分（20分*执行率）', 2)],
        [c(budget, 2), c(executed), c(rate), c(bscore, 2)],
    ]
    first = True
    groups = []
    for l1, l2s in indicators:
        groups.append((l1, l2s))
    n = sum(len(l2s) for _, l2s in indicators) + 1
    rows.append([c('年度绩效目标（80分）', 1, n), c('一级指标'), c('二级指标'), c('三级指标', 2), c('年初目标值（A）'), c('实际完成值（B）'), c('得分')])
    for l1, l2s in indicators:
        head = [c(l1, 1, len(l2s))]
        for l2, name3, target, actual, score in l2s:
            rows.append(head + [c(l2), c(name3, 2), c(target), c(actual), c(score)])
            head = []
    rows.append([c('总分', 7), c(total)])
    rows.append([c('偏差大或目标未完成原因分析', 2), c(deviation, 6)])
    rows.append([c('改进措施及结果应用方案', 2), c(measures, 6)])
    return plain_table(rows, ' border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%"')


def t05():
    form1 = e_form('沙坪县文化和旅游局', '2024年3月15日', '沙坪县村级综合文化服务中心提升项目', '沙坪县文化和旅游局', '沙坪县文化馆',
                   '1.经常性项目□ 2.一次性项目■', '180', '171', '95%', '19', [
                       ('产出指标', [('数量指标', '提升村级综合文化服务中心数量', '≥60个', '60个', '20'),
                                 ('质量指标', '设施设备验收合格率', '100%', '100%', '10'),
                                 ('时效指标', '资金拨付及时率', '≥95%', '100%', '10'),
                                 ('成本指标', '单个中心提升补助标准', '≤3万元', '2.85万元', '10')]),
                       ('效益指标', [('社会效益指标', '年均开展文化活动场次', '≥600场', '640场', '15')]),
                       ('满意度指标', [('服务对象满意度指标', '群众满意度', '≥95%', '93%', '14')])],
                   '98', '部分村综合文化服务中心开放时间与群众作息不一致，满意度未达到年初目标。', '推行错时开放，结果用于2024年预算安排。')
    form2 = e_form('沙坪县文化和旅游局', '2024年3月15日', '沙坪县公共图书馆数字化建设项目', '沙坪县文化和旅游局', '沙坪县图书馆',
                   '1.经常性项目□ 2.一次性项目■', '95', '85.5', '90%', '18', [
                       ('产出指标', [('数量指标', '数字资源建设容量', '≥20TB', '20TB', '20'),
                                 ('质量指标', '数字服务系统运行稳定率', '≥99%', '99.5%', '15'),
                                 ('时效指标', '项目验收及时率', '100%', '100%', '10'),
                                 ('成本指标', '项目建设总成本', '≤95万元', '85.5万元', '10')]),
                       ('效益指标', [('社会效益指标', '年数字阅读人次', '≥5万人次', '4.6万人次', '13')]),
                       ('满意度指标', [('服务对象满意度指标', '读者满意度', '≥90%', '92%', '10')])],
                   '96', '数字阅读推广起步晚，年数字阅读人次未达目标。', '加强数字阅读推广活动，结果用于2024年预算安排。')
    inner = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{{border:1px solid #333;padding:4px;text-align:center}}</style></head>
<body>
<h3 style="text-align:center">沙坪县文化和旅游局2023年度项目自评表</h3>
<p>附件1</p>
<p style="text-align:center">项目自评表（一）</p>
{form1}<p>附件2</p>
<p style="text-align:center">项目自评表（二）</p>
{form2}</body></html>"""
    srcdoc = html.escape(inner, quote=True)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>沙坪县文化和旅游局2023年度项目绩效自评结果-沙坪县人民政府</title>
</head>
<body>
<div class="g-head">沙坪县人民政府 <span>今天是：2024年04月02日</span></div>
<div class="g-crumb">首页 &gt; 政务公开 &gt; 财政信息</div>
<div class="g-article">
<h1>沙坪县文化和旅游局2023年度项目绩效自评结果</h1>
<div class="g-meta">发布时间：2024-04-01 &nbsp; 信息来源：县文化和旅游局</div>
<div class="g-body">
<p>根据县财政局关于开展2023年度项目支出绩效自评工作的通知，现将我局项目自评结果公开如下：</p>
<iframe class="doc-view" title="自评表" width="100%" height="1400" frameborder="0" sandbox srcdoc="{srcdoc}"></iframe>
</div>
</div>
<div class="g-foot">沙坪县人民政府办公室 主办</div>
</body>
</html>
"""
    write('t05-shaping-wenhua-familyE-iframesrcdoc-twoforms-2023.html', page, 'utf-8')


def write(name, text, encoding):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(text.encode(encoding))


if __name__ == '__main__':
    t01()
    t02()
    t03()
    t04()
    t05()
