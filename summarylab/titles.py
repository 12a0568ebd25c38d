"""Document titles: the name a report gives itself, found in its first lines.

:func:`title_of` reads the first lines of a plain text (raw or cleaned) and returns
the first one that reads like a document's name. :func:`site_title` trims an HTML
``<title>`` of the site's name.

=================  =====================================================================
line               what it is taken for
=================  =====================================================================
县环保局2023年工作总结   a title: a heading-like line (4-90 characters, no sentence inside)
政府工作报|告            a title broken over short lines: joined (政府工作报告)
乡镇工作报告各位代表：…  a title run on into the body: cut where the body starts
1、某镇工作总结          a page marker of a document-sharing site: dropped before the title
某某总结 (2).docx       a file-name title: the copy number and extension dropped
某方案_第1页            a document site's page preview label: the page number dropped
某总结_某总结            a title a page joined to itself: kept once
信息名称：某年报          a portal's field naming the document: its value
各部门：/《某方案》已经…同意，现印发给你们  a notice issuing a document: the document's name
（原标题：某某）          a reprint's note of the original title: the title in it
![某局工作总结](http…)  a scraped image tag: its alt text, without a character count ([此文共1749字])
第一篇：某某材料 / 某某总结篇一  a collection's piece number before or after the name: dropped
湖州市某委关于印发|2023年…的通知  a long title broken after a verb or a place name: joined
一、甲 / 二、乙 / 某某总结  a table of contents before the title: skipped
各位代表： / 同志们：    a salutation: the body has begun; no title follows it
2023年3月5日 / ——…会议上  a date line or dateline (also broken over two lines): skipped
某区人民政府区长 张某某   a speaker's byline: skipped
文件名称 | 某区工作报告 |  a portal's field naming the document: its value
图1 …                  a figure caption: skipped
首页 > 总结 > …         a breadcrumb, a timestamp, a download or sharing line: skipped
某某人民政府文件         a letterhead; 某政发〔2023〕2号 a document number: skipped
一、主要做法             an outline heading: the body has begun
一句话。                a sentence: the body has begun
=================  =====================================================================

When the body begins before any title line, the name a site blurb gives the
document (下面是小编为大家整理的2023年乡镇工作总结，供大家参考。) is used, else the
``fallback`` (the file name, for :func:`summarylab.readers.read_document`).

Does not do
-----------
* judge whether a heading-like line is really the document's name rather than a
  news headline or a photo caption (大会现场): the first such line wins;
* read titles out of tables, images or running headers later in the document;
* translate or convert script (callers convert the result when needed).
"""
from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["title_of", "site_title", "ends_like_a_title", "TITLE_CHARS", "TITLE_LOOKAHEAD"]

#: Longest title kept (a longer heading-like line is cut to this length).
TITLE_CHARS = 90
#: Non-empty lines searched for a title.
TITLE_LOOKAHEAD = 12
_HEAD_CHARS = 20_000  # characters read from a text's start: titles are found in its first lines
_LINE_CHARS = 400     # characters read from each line
_JOIN_PIECE = 10   # lines this short may be pieces of one title broken over lines
_FIGURE_HEADLINE = re.compile(r"[0-9０-９][%％‰]")   # a figure in a headline: its digits kept
_HEADLINE_HAN = 8   # Chinese characters a headline with a figure holds at least (a chart's label fewer)
_JOIN_MAX = 4      # at most this many pieces are joined
_TAG_REACH = 3     # a title holding every joined piece this few lines after them is the title
_BODY_LINE = 30     # a line this long holding a sentence is the body, never a source or date line
_CONTENTS_LINES = 20  # a table of contents before the title may hold this many more lines

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{_HAN}]")
#: Words a document's name ends with (工作总结, 政府工作报告, …的通知, 实施意见, 统计公报).
_DOC_TYPE = (r"报告书|報告書|报告|总结|總結|報告|小结|小結|决算|決算|演辞|演辭|讲话|講話|计划|計劃|汇报|匯報|彙報|意见|意見|方案|通知|公报|公報|材料|范文|範文"
             r"|汇编|匯編|彙編|决定|決定|决议|決議|规划|規劃|纲要|綱要|发言|發言|致辞|致辭|讲稿|講稿|述职|述職|要点|要點"
             r"|情况|情況|总结报告|工作安排|实施细则|實施細則|办法|辦法|文稿|思路|打算|议案|議案|草案|通报|通報|公告|综述|綜述"
             r"|谋划|謀劃|分析|安排|简报|簡報|侧记|側記|纪实|紀實|心得体会|心得體會")
_COUNT_SUFFIX = (r"(?:精选|精選|精编|精編|甄选|甄選|大全|集锦|集錦|锦集|錦集|汇编|彙編|合集|(?:范例|範例)(?=\d{1,2}篇))?"
                 r"(?:[（(](?![一二三四五六七八九十]{1,3}[)）].)(?:[^（()）]{1,16})[)）]|[\[【](?:推荐|推薦|精选|精選)?\d{1,2}篇[\]】]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})篇"
                 r"|(?:标准|標準|通用)?(?:模板|模版|范本|範本|样本|樣本|格式))?(?:投稿)?")
#                 精选, 精编, 汇编（12篇）, 锦集9篇, 范例6篇, (范文四篇), （市级）, (6篇), 6篇, 标准模板, 范本投稿:
#                 a 范文 site's suffix
#                 (not （一）: the first heading run on after the title)
_SALUTATION = re.compile(r"""
    ^(?: 各位(?:代表|委员|委員|领导|領導|同志|同事|来宾|來賓)      # 各位代表
       | 同志们|同志們|尊敬的|亲爱的|親愛的                         # 同志们, 尊敬的…
       | 女士们|女士們|先生们|先生們|老师们|老師們|同学们|同學們 )
    """, re.VERBOSE)
_DATE = r"(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
_DATELINE = re.compile(rf"^[\s——\-－—（(【\[]*{_DATE}|^——|^[（(][^（）()]{{0,30}}{_DATE}")   # not （某省）…（date）
_ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_DATE_AT_END = re.compile(rf"^[^。，,；;！？!?（(]{{2,30}}{_DATE}$")   # an issuer's line ending in its date
# The rest of a dateline broken over lines (2025年3月21日在某区第十九届 / 人民代表大会第四次会议上).
_DATELINE_TAIL = re.compile(r"^[^。，；！？]{2,40}(?:会议|會議|大会|大會)上[）)]?$")
# A speaker's byline: body, office, then a name (某区人民政府代区长 张某某; the blank is squeezed out
# before lines are read, so none is required).
_BYLINE = re.compile(rf"""
    ^[{_HAN}]{{0,24}}(?:人民政府|政府|党委|黨委|[县市区镇乡縣區鎮鄉]委|委员会|委員會|局|办公室|辦公室   # the body
                       |法院|检察院|檢察院)                                                  # (a court's)
    [{_HAN}]{{0,4}}(?:长|長|书记|書記|主任|主席)                                              # the office
    (?:[（(][^（）()]{{1,8}}[）)])?                                                              # （提名人选）
    \s*[{_HAN}]{{2,4}}$                                                                     # a name
    """, re.VERBOSE)
# A portal's field naming the document (文件名称 | 某区2025年政府工作报告 |, 标题：…).
# A byline of an office alone (代县长 张某某, 副市长 李某): the body is the title's
_OFFICE_BYLINE = re.compile(rf"^(?:代|副|常务副|常務副)?[县市区镇乡州省縣區鎮鄉](?:长|長)\s*[{_HAN}]{{2,4}}$")
_NAME_FIELD = re.compile(r"""
    ^\|?\s?(?:文件名称|文件名稱|信息名称|信息名稱|机构名称|機構名稱|文章标题|文章標題|本文标题|本文標題|标题|標題|名称|名稱|称|稱|词条|詞條|主题|主題)   # the field's name, in a
                                                                      # table's cell (称: a 名称 cut at its start;
                                                                      # 词条: an encyclopedia's entry)
    (?: \s?[：:|](?:\s?\|)?\s? | (?<=条|條)\s?              # a colon or the cell's edge, or both (名称: | …),
                                                            # or a blank after 词条,
      | (?<=题|題)(?=[\[【]) )                               # or a forum's tag after 标题 (标题[新闻] …)
    (?:[\[【][^\]】\n]{1,6}[\]】]\s?)?                       # (the tag is dropped)
    (?P<name>[^|\n]{4,80}?)                                 # the document's name
    \s?(?:\||$                                             # to the next cell or the line's end,
      | (?=(?:文号|文號|发文字号|發文字號|索引号|索引號|发布日期|發布日期|成文日期)[：:]))   # or the next field
    """, re.VERBOSE)
_META = re.compile(r"""   # sharing, download and site lines of a page: never part of a title
    旗下网站|旗下網站 |                                         # a site network's line
    浏览|瀏覽|点击|點擊|访问|訪問|字体|字體|下载|下載|(?<!以)上传|(?<!以)上傳    # page controls (not 以上|传统)
    | 收藏|分享|登录|登錄|注册|註冊|(?<!范本|范文|範本|範文)投稿|客服   # (某总结范本投稿: a 范文 site's label)
    | (?<!信访|檢舉|检举|实名|匿名|信訪|實名)(?:举报|舉報)(?!工作|中心|件|箱|受理|平台)   # a report button
                                                                # (not 信访举报工作: a report's subject)
    | 版权|版權|本文档|本文檔|本站|免责|免責                       # site notices
    | QQ|KB|MB|页数|頁數|欢迎|歡迎|您好                            # sharing-site furniture
    | 当前位置|當前位置|首页|首頁|公众号|公眾號                     # breadcrumbs, accounts
    | (?:地|电|電|邮|郵|传|傳)\s?(?:址|话|話|箱|真)\s?[：:]          # a contact field (地 址：某路, 电话：)
    | https?:|www\.|\.com|\.cn|\.net                              # addresses
    """, re.I | re.VERBOSE)
_META_WORDS = ("发布|發布|更新|时间|時間|日期|来源|來源|作者|编辑|編輯|阅读|閱讀|格式|位置|返回|正文|专题|專題"
               "|推荐|推薦|相关|相關")
_META_WEAK = re.compile(rf"""   # timestamp, author, source lines: junk unless the line ends like a title
    (?: {_META_WORDS} ) (?= [：:\s|｜A-Za-z] | \d(?!\d{{3}}\s?年) | $ )   # a field's name (来源：, 阅读 123; not 发布2016年…) or the line's
                                                   # end (相关推荐); 某市长發布施政影片 uses the word in a headline
  | ^.{{0,4}}(?: {_META_WORDS} ) (?=.{{0,6}}$)      # or near a short line's start
    """, re.VERBOSE)
#: A headline saying a document came out (2018年卫生健康统计公报发布): 发布 ends it, no record field.
_RELEASED = re.compile(r"(?:公报|公報|报告|報告|白皮书|白皮書|名单|名單|榜单|榜單|数据|數據)(?:正式)?(?:发布|發布|出炉|出爐)$")
_PREFACE = re.compile(r"""   # a site's preface or blurb before the title: 导读：本文由某范文网整理，仅供参考。
    ^(?:导读|導讀|导语|導語|摘要|提示|温馨提示|溫馨提示|目录|目錄|提纲|提綱|【   # a line opened as a lead or contents,
       |文档介绍|文檔介紹|文档简介|文檔簡介|内容简介|內容簡介|资源描述|資源描述)   # or a 文库's description
    | 小编|小編|仅供|僅供|供大家|供您|范文网|範文網|本文由|本文是      # site words
    | 范文参考|範文參考|参考范文|參考範文
    | (?:为|為|给|給)(?:大家|您|你)(?:提供|分享|整理|带来|帶來)       # 为大家整理 …
    | 希望(?:能够|能夠|能)?(?:帮到|幫到|帮助到|幫助到|对你|對你|对您|對您|对大家|對大家|给你|給你|给您|給您)
    """, re.VERBOSE)
_BREADCRUMB = re.compile(r"[»›]|->")  # and two > without a < (首页>总结>年终总结, not <b>): see _is_junk
_CAPTION = re.compile(r"^(?:图|圖|表|附图|附圖|附表)\s*[0-9０-９一二三四五六七八九十]+(?:[-.．][0-9]+)?(?![0-9０-９年])")
_LETTERHEAD = re.compile(r"""
    ^.{2,24}(?:文件|简报|簡報|通讯|通訊)$              # 某某人民政府文件
  | ^[^\s，,。：:]{2,24}(?:有限公司|有限责任公司|有限責任公司)$   # a firm's name alone: a letterhead or a site's owner
  | ^(?:[（(][^（）()\n]{2,40}[)）]){1,2}$              # a caption in brackets, perhaps doubled: (某综合体)(某综合体)
  | 〔\d{4}〕\s*\d+\s*[号號] | \[\d{4}\]\s*\d+\s*[号號]   # a document number: 某政发〔2023〕2号
  | 【\d{4}】\s*第?\s*\d+\s*[号號]                    # 某商发【2011】第8号
  | 〔\d{4,}[^〕\s]{0,4}$                              # one a site broke: 泉港政综〔202465
    """, re.VERBOSE)
_BRIEF_MASTHEAD = re.compile(r"(?:简报|簡報)$")   # 某某工作简报: a brief's masthead, its name
_ISSUER = re.compile(rf"^(?![^\n]*[了着過过的])[{_HAN}]{{2,20}}(?:局|办公室|辦公室|调查队|調查隊|委员会|委員會|人民政府|政府|中心|厅|廳|处|處)$")   # (not 某市有了…电影厅, 和时间赛跑的某急救中心)
_SECTION_TITLE = re.compile(r"第[一二三四五六七八九十百]{1,4}(?:[章节節篇]|部分)\s*[‧·•]?\s*(?P<name>[^\s、，,‧·•].{1,40})")   # a book's section
# (第七章 ‧某业务: a dot between the number and the name; 第一部分2020年工作总结: a part)
_OUTLINE = re.compile(r"""
    ^[（(]? (?: [一二三四五六七八九十]+ | [壹贰貳叁參肆伍陆陸柒捌玖拾]+ | \d+ ) [、.．)）]   # 一、 （二） 3.
    | ^第[一二三四五六七八九十]+[、，章部节節]                                           # 第一， 第二章
    | ^[一二三四五六七八九十]是(?![否非])                                                # 一是… (not 一是否)
    | ^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ][\s、.．]                                                       # Ⅰ 某地发生地震…
    """, re.VERBOSE)
_PAGE_MARK = re.compile(r"^1(?:[、.．]\s*(?=\S)|(?=[\u4e00-\u9fff])(?![月年日号號季]))")   # 1、某总结, 1某总结: a page's
# number (1月-7月…进展情况 keeps its month)
_FILE_SUFFIX = re.compile(r"""
    \s*(?:[（(]\d{1,2}[)）])?\s*\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)   # 报告 (2).docx
    (?:_第\d{1,3}[页頁]|\s?(?:简介|簡介)\s?[：:]?)?$                    # _第1页; 简介: a document site's
  | (?<=[\u4e00-\u9fff）)])_第\d{1,3}[页頁]$                            # 某方案_第1页: a page's preview label
    """, re.I | re.VERBOSE)
_MARKUP = re.compile(r"\[/?[a-z]{1,8}(?:=[^\]\n]{0,40})?\]")  # forum markup: [b] [align=center]
_PAPER_TAG = re.compile(rf"(?<=[{_HAN}])[{_HAN}]{{2}}(?:晚报|晚報|日报|日報|晨报|晨報|都市报|都市報|时报|時報|商报|商報)$")
_PAPER_HEAD = 6   # a headline left before a paper's name is at least this long
#: A title and a note in brackets after it, the note perhaps holding commas (…工作总结（涉及6个村，…）).
_NOTED_TITLE = re.compile(rf"(?P<title>.{{4,{TITLE_CHARS}}}?(?:{_DOC_TYPE}))[（(][^（()）\n]{{2,40}}[)）]")
#: A headline that asks, perhaps with a short answer after (…情况如何？一文揭示, …总结怎么写？).
#: A document's number before its name on the title line (某区爱卫字[2022]5号 某某工作报告, or in brackets:
#: [某政办发〔2023〕28号]某某通知).
_DOC_NUMBER = re.compile(r"""
    ^ [\[［【]? [\u4e00-\u9fff]{1,10} 字? \s? [〔\[［(（]\d{4}[〕\]］)）] \s? \d{1,4}[号號]   # 某政办发〔2023〕28号
    [\]］】]? \s* (?=[^\n]{6,})                                                     # its bracket closed
    """, re.VERBOSE)
_ASKED = re.compile(r"""
    [^。！!；;，,：:\n？?]{6,40} [？?] (?:[^。！？!?；;，,：:\n]{2,16})?    # 某工作总结怎么写？(一文揭示)
  | [^。！!；;，,：:\n？?]{2,20} [：:] (?:[^。！!；;，,：:\n？?]{2,12} [？?]){2,4}   # a topic, then its questions
                                                                      # (乡村民宿：为谁建？缺什么？)
  | [^。！!；;，,：:\n？?]{2,16} [，,] [^。！!；;，,：:\n？?]{2,16} [？?]     # a topic, a comma, its question
                                                                      # (乡村“老人食堂”，好事如何办好？)
  | [^。！!；;，,：:\n？?]{6,40} [？?] (?:[^。！!；;，,：:\n？?]{2,20} [？?]){1,3}   # questions in a row
                                                                      # (某名单公布了吗？有哪些地区？怎么改？)
  | [^。！!；;，,：:\n？?]{6,40} [？?] \s? [—－-] \s? [—－-] \s? [^。！？!?；;\n]{4,40}   # a question over its
    """, re.VERBOSE)                                                   # subtitle (…何以为继？——基于…分析)
_YEAR_TAG = re.compile(rf"(?<=[{_HAN}）)])\s+\d{{4}}$")  # a site's year tag after a title: …统计公报 2022
_IMAGE = re.compile(r"^!\[(?P<alt>[^\n]{1,200}?)\]\([^()\s]{1,400}\)$")  # ![alt](address): a scraped image tag
_CHAR_COUNT = re.compile(r"[\[［（(【]\s?(?:此文|本文|全文|正文)?(?:共计|共|约)?\s?\d{2,6}\s?字[\]］）)】]")  # [此文共1749字]
_PIECE = re.compile(r"^[【\[]?第[一二三四五六七八九十\d]{1,3}篇(?:[】\]]\s?|\s?[：:、]\s?|\s)")  # 第一篇：/第1篇 /【第1篇】
_COLUMN_CODE = re.compile(rf"^[{_HAN}]{{2,8}}\s?[a-z]{{2,6}}$")   # a site column and its initials: 行业动态hyjj
_FOOTNOTE = re.compile(rf"(?<=[{_HAN}）)])\s?(?:\[\d{{1,2}}\]|［\d{{1,2}}］)$")   # 统计公报[1]
_GLOSS = re.compile(r"[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")  # 总结(jié): a pinyin gloss
_STOP = re.compile(r"[。！？!?；;]")   # a sentence's end, or a clause's (not a comma)
CONTENTS_ENTRY = 40   # a table of contents' entry is at most this long
_SENTENCE = re.compile(r"[。！？!?；;]|(?:，|(?<![0-9]),|,(?![0-9]{3}(?![0-9]))).{3,}")   # (not 34,993.1亿元: digits grouped)
#: A news headline of phrases each ending in ！, the last perhaps without (重磅！某公报发布！数据来了, 赞！…).
_EXCLAIMED = re.compile(rf"""
    (?=.{{10,{TITLE_CHARS}}}$)                              # a headline's length
    (?=[^\n]*[！!])                                          # one phrase at least exclaimed
    (?:[^。！？!?；;，,：:\n]{{1,20}}[：:，,])?                # 卫健委最新统计：  a source or topic first (这里，…！)
    (?:[^。！？!?；;，,：:\n]{{1,44}}[！!？?]{{1,3}}){{1,3}}    # phrases each ending in ！ (or ？: 划重点！…怎么干？全在这里！;
                                                            # a run of marks as one: 某队喜添生力军！!)
    [^。！？!?；;，,：:\n]{{0,45}}                             # the last perhaps without
    """, re.VERBOSE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
#: Where the body starts right after a title that runs on (…工作报告各位代表：现在，…).
_BODY_START = re.compile(
    rf"""
    \s*(?:
        {_SALUTATION.pattern[1:]}                                   # 各位代表： 同志们：
      | [一二三四五六七八九十]+、 | [（(][一二三四五六七八九十]+[)）]  # 一、 （一）
      | \d{{1,2}}[、.．](?!\d)                                      # 1、 2.
      | (?:\d{{2,4}}|20[xX×*]{{1,2}}|[xX×*]{{1,4}})\s*年(?!度?[{_HAN}]{{0,12}}(?:{_DOC_TYPE}))  # 2021年是, 20*年，, *年是
      | (?:\d{{4}}|\d{{2,3}}[xX×*]{{1,2}})[-/.][0-9xX×*]{{1,2}}[-/.][0-9xX×*]{{1,2}}   # a date: 2019/3/5, 201X/X/XX
      | (?:\d{{4}}|20[xX×*]{{1,2}})\s*年?[，,]\s?是                                 # 20*，是…: the first sentence
      | 本人 | 本文 | 我(?:局|镇|鎮|县|縣|市|区|區|们|們|乡|鄉|单位|單位|站|所|院|校|部|中心|[xX×*]{{2,4}}[{_HAN}])   # (我xx县: a name left out)
      | 今年 | 去年 | 近年 | 半年来 | 半年來 | 今天 | 刚才 | 剛才 | 刚刚过去 | 剛剛過去 | 这次 | 這次 | 本次 | 一年来 | 一年來 | 随着 | 隨著 | 为了 | 為了 | 根据 | 根據 | 按照 | 遵照 | 依照 | 在(?=[{_HAN}]{{2,}}[的下中]) | 现将 | 現將
      | 过去 | 過去 | 现在 | 現在 | 自[{_HAN}]{{0,8}}以来 | 目录 | 目錄
      | [为為爲](?:进一步|進一步|切实|切實|加强|加強|深入|全面|有效|认真|認真|扎实|紮實|贯彻|貫徹|落实|落實)   # 为加强…: a purpose opening the body
      | [{_HAN}]{{0,10}}自\s?(?:\d{{4}}|20[xX×*]{{1,2}})\s*年                # 市残联自2021年…以来
      | [{_HAN}]{{2,12}}(?:作为|作為|作爲)(?=[{_HAN}0-9xX])                     # 某园区作为全市…的排头兵
      | 在[^，。；\n]{{2,30}}?(?:之际|之際|之时|之時)                     # 在某会议即将召开之际，…
      | 【(?:篇|第)[一二三四五六七八九十\d]{{1,2}}篇?】                   # 【篇一】: a collection's first piece
      | (?:第[一二三四五六七八九十\d]{{1,3}}篇|篇[一二三四五六七八九十\d]{{1,2}})\s?[：:]   # 第一篇：… after the title
      | [{_HAN}]{{2,12}}(?:(?<![布佈格大全结結開开当當时時棋])局|调查队|調查隊|办公室|辦公室|人民政府)(?=\s|$|\d|[（(]\s?\d)   # 某县统计局 (the issuer; not 布局)
      | [{_HAN}]{{1,12}}(?:办|辦|委|局|部|厅|廳|处|處|政府|办公室|辦公室)[：:]               # 市创建办： (the addressee)
      | (?!{_DOC_TYPE})[^，。；\n]{{1,10}}?(?:办事处|辦事處|街道|办|辦|局|委|政府|中心|公司|镇|鎮|乡|鄉|村)\s?(?:尊敬的|各位领导|各位領導)
        # 某办事处尊敬的各位领导： (the issuer, then a salutation)
      | [{_HAN}]{{2,4}}\s?{_DATE}                                                # 张某某2023年1月6日 (speaker, date)
      | —— | -{{2,}} | (?:上半年|下半年|前三季度|一季度)(?=[，,]|以来|我|全)     # a dateline (——2022年…, --1999年…), 上半年，我局…
      | [（(][^（）()]{{0,16}}?(?:\d{{4}}|[〇○零一二三四五六七八九十]{{2,4}})\s*年     # a dateline in brackets: （中华民国八十二年…）
      | (?:[*＊×]{{1,3}}|XX|xx)?[{_HAN}]{{0,6}}?(?:地处|地處|位于|位於|坐落于|坐落於)          # the body's first words: 镇地处市东郊
        # (*县地处…: the place's name redacted)
      | (?!{_DOC_TYPE})[{_HAN}]{{0,6}}[乡鄉镇鎮村县縣区區市](?:共有|现有|現有|下辖|下轄|辖|轄|有)\s?\d   # or 某乡有13个行政村
      | 第[一二三四五六七八九十]{{1,3}}(?:章|部分|篇)                          # 第一章 年度工作总览
      | 年(?=[，,])                                                          # 年，区农业工作…: its year stripped
      | (?:供借鉴|供借鑒|供借鑑|供参考|供參考)(?=\d{{2,4}}年|[{_HAN}])          # …工作总结供借鉴2023年，我办…: a site's tag
    )""", re.X)
_TITLE_END = re.compile(rf"(?:{_DOC_TYPE}){_COUNT_SUFFIX}$")
#: A line ending in a function word is a sentence broken by the layout (…所作的), not a title.
_BROKEN = re.compile(r"""
    [的了与與及在对對把将將是从從由于於并並而且或]$             # a particle, a conjunction, a preposition
  | (?<![作行有])[为為]$                                      # 为 (not 担当作为: a noun)
  | (?<![人祥温溫缓緩平总總柔随隨调調共饱飽谦謙暖])和$          # 和 (not 天时地利与人和: a noun)
  | (?<![方导導走趋趨意动動志取面偏指])向$                      # 向 (not 香港新方向: a noun)
    """, re.VERBOSE)
#: A document-type word said twice (政府工作总结工作总结): a site's category glued on.
_DOUBLE_TYPE = re.compile(r"((?:工作)?(总结|總結|报告|報告|计划|計劃))(?:工作)?\2$")
_TITLE_PREFIX = re.compile(rf"^.{{4,{TITLE_CHARS + 20}}}?(?:{_DOC_TYPE}){_COUNT_SUFFIX}")
#: A blurb naming the document: 下面是小编为大家整理的2023年乡镇工作总结，供大家参考。
_BLURB = re.compile(rf"""
    (?:整理|收集|精选|精選|准备|準備|推荐|推薦|分享){{1,2}}            # a site "collected" (收集整理) ...
    (?:了|的)? (?:多篇)? (?:相关的|一篇|这篇|這篇|此篇|的)? 《?
    (?: [两兩二三四五六七八九十0-9]{{1,2}}篇 (?:关于|關於) )?          # 两篇关于…: the count and 关于 are the blurb's
    (?! [了的]? (?:丰富|豐富|一些|大量|优秀的|優秀的|精彩的|多篇) )   # (not a collection: 丰富的…主题范文)
    (?P<name> [^《》，,。：:\n]{{4,{TITLE_CHARS}}}?                  # ... a document's name,
              (?:{_DOC_TYPE}) {_COUNT_SUFFIX} ) 》?                 # ending in its type
    (?<! 主题范文 ) (?<! 主題範文 )
    (?: 【[^【】\n]{{1,8}}】 )?                                   # a site's tag: 【完整版】
    (?: [，,。] | [，,]? (?:供|希望|欢迎|歡迎|仅供|僅供|但愿|但願) )   # then the blurb goes on
  | 《 (?P<doc> [^《》，,。：:\n]{{4,{TITLE_CHARS}}}? (?:{_DOC_TYPE})   # a 文库: 《某总结.doc》由会员分享,
             (?:参考|參考|范文|範文|范例|範例|模板|精选|精選|通用|最新){{0,2}} )   # 《某总结参考.docx》
    (?:\.(?:docx?|pdf|wps|txt))? 》 由 (?:会员|會員|用户|用戶|网友|網友) (?:上传|上傳)? (?:分享|上传|上傳)   # (上传分享)
  | [该該]? 【 (?P<doc2> [^【】，,。：:\n]{{4,{TITLE_CHARS}}}? (?:{_DOC_TYPE}) ) \s? 】    # a 文库: 该【某报告】是由【某某】
    \s? 是?由 \s? 【 [^【】\n]{{1,20}} 】 \s? (?:上传|上傳)? (?:分享|上传|上傳)          # 上传分享
    """, re.VERBOSE)
#: The kinds of name a news or portal site gives itself (某某网, 某某资讯, 某某频道): after a title's
#: dash they name the site (_SITE_AFTER); _SITE_SUFFIX adds the kinds of 范文 and document sites.
_SITE_KIND = "网|網|网站|網站|资讯|資訊|频道|頻道|在线|在線"   # (…活动-中安在线: a news site)
_SITE_SUFFIX = re.compile(rf"""
    (?: {_SITE_KIND} | 文库|文庫|资料库|資料庫|题库|題庫|官网|官網     # a site's kind of name
      | 首页|首頁|范文|範文|学习啦|之家|社区|社區 )$
    | [A-Za-z0-9-]+\.(?:com|cn|net|org)$                          # a domain
    | ^[A-Za-z0-9 .\-]+$                                          # Latin letters only
    """, re.VERBOSE)


_DECORATION = {"So", "Sk", "Cc", "Cf", "Co", "Zs", "Zl", "Zp", "Mn"}  # emoji, marks, controls, spaces


#: A date (and time) after a title on its line, as portals print it: … 2016-03-07 / 发布日期：2016/3/7 09:12
_DATE_AFTER = re.compile(r"""
    (?: \s+ (?: (?:发布|發佈|更新)? (?:时间|時間|日期) [：:] \s? )?   # 发布日期：
      | (?:公告|發布|发布) \s*                                     # 公告 114-03-28 (posted on)
      | \s+ (?:\S{1,8}\s+)? (?:编辑|編輯|记者|記者|作者) [：:]? \s* )   # 某报 编辑 (date): a byline
    [（(]?                                                          # perhaps in brackets
    (?: \d{4} | 1\d{2} ) [-/.] \d{1,2} [-/.] \d{1,2}              # 2016-03-07, a Minguo year 114-03-28
    (?: \s+ \d{1,2}:\d{2} (?: :\d{2} )? )? [)）]? \s* $           # 09:12(:30)
    """, re.VERBOSE)
_DATE_LABEL = re.compile(r"时间|時間|日期|编辑|編輯|记者|記者|作者")
_SITE_NAME = re.compile(r"(?:网|網|网站|網站|文库|文庫|官网|官網|频道|頻道)$|^[A-Za-z0-9 .\-]+$")


_ORIGINAL_TITLE = re.compile(r"^(?:原标题|原標題)[：:]\s?|^[（(](?:原标题|原標題)[：:]\s?(?=[^（()）]{4,}[)）]?$)")   # (原标题：…), its
# bracket perhaps not closed
_REGION_TAG = re.compile(rf"[\[［【][{_HAN}]{{2,10}}[\]］】]\s?")   # [内蒙古], [农业基层工作报道]


_PIECE_NUMBER = re.compile(rf"({_DOC_TYPE})\s?(?:篇?[一二三四五六七八九十\d]{{1,2}}|[（(]\d{{1,2}}[)）])$")


def _without_piece_number(line: str) -> str:
    """``line`` without a collection's number of the piece after its type (工作总结篇一, 工作总结1,
    工作总结(1) -> 工作总结)."""
    return _PIECE_NUMBER.sub(r"\1", line)


def _decorations(line: str) -> str:
    """Without invisible characters, emoji and symbols at its ends, list dashes and
    a file name's extension (🌟沧源工作报告📜 -> 沧源工作报告; 总结 (2).docx -> 总结)."""
    line = _GLOSS.sub("", _MARKUP.sub("", line.translate(_INVISIBLE))).strip()
    while line and (unicodedata.category(line[0]) in _DECORATION or line[0] in "-•·|#"):
        line = line[1:].strip()
    while line and (unicodedata.category(line[-1]) in _DECORATION or line[-1] in "|#"):
        line = line[:-1].strip()
    line = _IMAGE.sub(r"\g<alt>", _SAME_QUOTES.sub(r"\g<t>", line))   # ’某某总结’: a scraper's escaped quotes
    line = _PIECE.sub("", _CHAR_COUNT.sub("", line)).strip()
    if _ORIGINAL_TITLE.match(line):
        line = _ORIGINAL_TITLE.sub("", line).rstrip("）)" if line[:1] in "（(" else "")   # 原标题：某某: a reprint's
        # note of the title, perhaps in brackets
    line = re.sub(r"^0[1-9](?=[\u4e00-\u9fff])(?!年)", "", line)   # 01关于…的报告: a contents line's number (05年…: a year)
    line = re.sub(r"^[1-9](?=(?:19|20)[0-9]{2}\s?年)", "", line)   # 12023年某中心上半年工作总结: a page's number
    if (t := _REGION_TAG.match(line) or _COLUMN_TAG.match(line)) is not None and (
            _TITLE_END.search(line) or _COLUMN_TAG.match(line) and not _SENTENCE.search(line, t.end())):
        line = line[t.end():]   # [内蒙古] 2021年某旗统计公报, 【2022·某镇答卷】…工作综述: a tag before the title
        # (【财政预算】某某派钱 退税三成、…: before a headline too)
    if (d := _DATE_AFTER.search(line)) and (_TITLE_END.search(line[:d.start()]) or _DATE_LABEL.search(d.group())):
        line = line[:d.start()]   # 某街道工作总结和工作安排 2016-03-07, 某局提前完成任务 日期:2008-05-23:
        # a portal's date after the title (labelled, after a headline too)
    line = _without_piece_number(line)
    line = re.sub(rf"({_DOC_TYPE})(?:范文参考|範文參考|参考范文|參考範文)", r"\1", line)   # 某方案范文参考: a 范文 site's tag
    line = re.sub(rf"({_DOC_TYPE})\s?\d{{3,6}}\s?字$", r"\1", line)   # 某工作总结3100字: a site's word count
    if re.search(_DOC_TYPE, line):   # 某工作总结及今后工作重点2800字: after other words too
        line = re.sub(rf"(?<=[{_HAN}])\s?\d{{3,6}}\s?字$", "", line)
    line = re.sub(rf"^篇[一二三四五六七八九十]{{1,2}}(?=[{_HAN}]{{6}})", "", line)   # 篇一某某调查报告: a piece's number
    line = re.sub(rf"({_DOC_TYPE})\s?[（(](?:19|20)\d{{6}}[)）]$", r"\1", line)   # 某报告（20230103）: a site's date code
    line = re.sub(rf"({_DOC_TYPE})\s?[（(][{_HAN}]{{0,4}}\d{{1,3}}篇[)）]$", r"\1", line)   # 某总结（优质21篇）: a site's count
    line = _SITE_TAG.sub("", _FOOTNOTE.sub("", line))   # 统计公报[1]: a bulletin's footnote mark
    line = _CATEGORY_TAG.sub("", line)   # 修路工作总结 -工作总结: the site's category after the title
    line = re.sub(r"\s?信息(?:来源|來源)\s?[：:][^\n]{0,40}$", "", line)   # 某局…年度报告信息来源：某办: a record's field after it
    line = _SITE_AFTER.sub("", line)   # 某消防救援人员221人-某某快资讯: the site's name after a dash
    line = re.sub(rf"(?<=[{_HAN}）)]{{8}})_[{_HAN}]{{2,6}}$", "", line)   # 某地多措并举稳定生态流量_世界焦点: a site's name
    line = re.sub(rf"(?:(?<=[{_HAN}）)]{{8}})|(?<=[？?！!”]))\s?[|｜]\s?[{_HAN}]{{2,6}}$", "", line)   # 某地何以起势？|某某观察:
    # a column's name after a bar
    if (paper := _PAPER_TAG.search(line)) is not None and paper.start() >= _PAPER_HEAD:
        line = line[:paper.start()]   # 喜迎党代会某市水利这五年扬子晚报: the paper's name after a headline
    line = _ENGLISH_TAIL.sub("", line)   # 某乡施政成果专辑_电子书 Read More: a site's button
    line = _JOINED_TWICE.sub(r"\g<t>", line)   # 某总结_某总结: a page's title joined to itself
    return _YEAR_TAG.sub("", _FILE_SUFFIX.sub("", line))


#: A title inside two of the same closing or straight quotes (’某某工作总结’, 'X'): an escaped string's
#: quotes left by a scraper, not the title's own (a quoted name opens with “ or ‘).
_SAME_QUOTES = re.compile(r"^\\?(?P<q>[’'\"])(?P<t>[^’'\"\n\\]{4,80})\\?(?P=q)$")   # (\’…\’ escaped)
_JOINED_TWICE = re.compile(r"^(?P<t>[^_\n]{4,60})\s?_?\s?(?P=t)$")   # 某总结_某总结, 某总结 某总结


#: English words of a site's buttons after a Chinese title (Read More, Download Now); capitals
#: alone (GDP) or a word in lower case are no button.
_ENGLISH_TAIL = re.compile(rf"(?<=[{_HAN}）)])\s?(?:[A-Z][a-z]{{1,10}}\s?){{1,3}}$")


#: A site's category after a title, parted by a dash or bar (修路工作总结 -工作总结).
_CATEGORY_TAG = re.compile(r"""
    (?<=总结|總結|报告|報告|计划|計劃|汇报|匯報|彙報|方案|材料)      # the title's own end
    (?: \s?[-－—_|｜]\s?(?:工作)?(?:总结|總結|报告|報告|计划|計劃|汇报|匯報|彙報|范文|範文|材料)   # the category
      | \s?_\s?[\u4e00-\u9fff]{1,10}(?:总结|總結|报告|報告|计划|計劃|汇报|匯報|彙報) ) $   # or a named one after _
                                                                         # (…换届工作汇报_村委会换届工作汇报)
    """, re.VERBOSE)


#: A site's name after a title, parted by a dash or bar (…被困人员221人-全球快资讯, …总结_某某网).
_SITE_AFTER = re.compile(rf"(?<=[{_HAN}）)0-9%％])\s?[-－—_|｜]\s?[{_HAN}A-Za-z0-9]{{2,10}}(?:{_SITE_KIND})$")


_YEAR_WORD = re.compile(r"^(?:(?:19|20)\d{2}|20[xX×*]{1,2}|[xX×*]{2,4}) 年")   # 2020 年东宝区政府工作报告, XX 年…:
# a year (or its placeholder), no site's name


def _site_words(line: str) -> str:
    """Without the site's names before a title on the same line (某某网 文库 晋江市工作意见);
    a year written apart from its 年 (2020 年某区政府工作报告) or a date stays."""
    words = line.split()
    while (len(words) > 1 and _SITE_SUFFIX.search(words[0]) and not _YEAR_WORD.match(" ".join(words[:2]))
           and not _BARE_YEAR.fullmatch(words[0])   # 2021 乡镇人大主席述职报告…: the year, written apart
           and not _ISO_DATE.fullmatch(words[0])):   # 2025-01-08 08:59 某某公众号: a record line's date stays
        words.pop(0)
    return " ".join(words)


def _squeeze(line: str) -> str:
    """Spaces next to a Chinese character or full-width bracket removed
    (中心 2021 年工作总结 -> 中心2021年工作总结)."""
    return re.sub(rf"(?<=[{_HAN}《》（）“”])\s+|\s+(?=[{_HAN}《》（）“”])", "", line)


_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}$")   # 2023 alone: a tag or a date, never a title
#: A yearbook's list of leaders (旗委书记：某某, 政委：某某（蒙古族）), a field and a short name,
#: a portal's date widget (今天是：…星期三): no title.
_ROLE_LINE = re.compile(rf"^[{_HAN}]{{1,8}}[：:]\s?[{_HAN}]{{2,4}}(?:[（(][^）)\n]{{1,12}}[）)])?$|^今天是")
#: A journal's issue line or an article's class number (1999年第6期No.6 1999, 分类号：V231.3).
_ISSUE_LINE = re.compile(r"""
    (?:19|20)\d{2} \s? 年 [^\n]{0,8}? 第\d{1,3}[卷期] (?![“「《"])    # 1999年第6期, 1998年4月第19卷
    (?![^\n]{0,12}?(?:班|培训|培訓|研修|讲座|講座|论坛|論壇|沙龙|沙龍|课堂|課堂))   # (not 第20期青年干部培训班)
  | 第\d{1,3}卷 \s? 第\d{1,3}期                                   # 第19卷第2期
  | 第\d{1,3}[卷期] (?=[\s\-—–（(,，/|｜.．·]|$|No|NO|no)            # 第4期 then a blank, a mark or the end
                                                                 # (not 某计划第3期特别决算: a phase in a name)
  | (?:Vol|VOL|No|NO)\.\s?\d | 分类号 | 分類號                      # Vol. 3, a library's code
    """, re.VERBOSE)
_NAMED_PART = re.compile(rf"^[{_HAN}]{{0,6}}(?:{_DOC_TYPE})[：:]")   # 施政报告：结语 (no 职务：姓名)
#: A photo's credit at a caption's end (林某步入会场（某社 某某摄）), a caption, never a title.
_PHOTO_CREDIT = re.compile(r"""
    [（(] (?: [^（）()\n]{0,16} (?:摄|攝) (?:影)?         # （某社 某某摄）
           | [\u4e00-\u9fff]{1,6} (?:网|網) \s? [\u4e00-\u9fff]{2,3} )   # （某某网 某某）: its source and photographer
    [)）] \s* [|｜]? $                                # at the caption's end
    """, re.VERBOSE)
#: A portal's bar of site names and links parted by | (某某网|某某电视台|网站地图).
_SITE_BAR = re.compile(r"[|｜]\s*(?:网站地图|網站地圖|设为首页|設為首頁|加入收藏|客服)|(?:网站地图|網站地圖|设为首页|設為首頁)\s*[|｜]")
#: A paper's or news site's name alone on a line (香港商报, 某某日报, 某某新闻网).
_OUTLET = re.compile(rf"[{_HAN}]{{2,6}}(?:日报|日報|晚报|晚報|商报|商報|时报|時報|晨报|晨報|新闻网|新聞網|电视台|電視台)")
_SAMPLES_SITE = re.compile(rf"[{_HAN}]{{0,3}}(?:范文|範文)[{_HAN}]{{1,2}}")   # 範文齋, 某某范文网: a 范文 site's name
_VOLUME = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年?[卷期册冊版]$")   # 2002卷: a yearbook's volume
_WEATHER = "(?:晴|多云|多雲|阴|陰|[小中大阵陣暴]?雨|雷阵雨|雷陣雨|[小中大]?雪|雾|霧|霾)"
#: A news site's weather widget (晴时多云, 多云转阴 18~25°C): never a title.
_WEATHER_LINE = re.compile(rf"""
    ^{_WEATHER} (?: (?:时|時|转|轉|间|間|有)? {_WEATHER} ){{1,3}}        # 晴时多云, 多云转阴
    \s* (?: -?\d{{1,2}} \s?[~～\-]\s? -?\d{{1,2}} \s? (?:°C|℃|度)? )? $   # 18~25°C
    """, re.VERBOSE)


_GENRE = r"(?:工作)?(?:总结|總結|汇报|匯報|彙報|报告|報告|计划|計劃|范文|範文|述职|述職|心得体会|心得體會|讲话|講話)"
#: A site's categories parted by / or | (工作总结/工作汇报), a photo's caption (会议现场), a
#: meeting's label for its papers (…第三次会议文件之十三): above a title, never one.
_LABEL_LINE = re.compile(rf"""
    ^{_GENRE} (?: \s?[/|｜、]\s? {_GENRE} )+$                          # 工作总结/工作汇报
    | ^[{_HAN}]{{0,8}}(?:现场|現場)(?:图片|圖片|照片|图|圖)?$                # 会议现场
    | (?:文件|材料)之[一二三四五六七八九十]{{1,3}}$                        # …会议文件之十三
    | (?:会议|會議)(?:文件|材料)\s?[（(]?[一二三四五六七八九十\d]{{1,3}}[）)]?$   # …会议文件（12）
    | ^[{_HAN}\d]{{0,10}}[届屆](?:人大|人民代表大会|人民代表大會|政协|政協)?          # 十八届人大三次会议, 某县十七届人大:
      (?:[一二三四五六七八九十\d]{{1,3}}次(?:全体|全體)?(?:会议|會議))?$              # a session's label over its papers
    """, re.VERBOSE)


#: A portal's field of a document's record (索引号: | …, 发布机构：…), a cell of its table.
_PORTAL_FIELD = re.compile(r"""
    ^\|?\s?                                                          # perhaps a table's cell
    (?: 索引号|索引號|信息索引号|组配分类|組配分類|主题分类|主題分類|发布机构|發布機構|發佈機構   # the field's name
      | 成文日期|发布日期|發布日期|发文字号|發文字號|文号|文號|体裁分类|體裁分類
      | 责任部门|責任部門|有效性|生成日期|公开方式|公開方式|档号|檔號|档案号|檔案號   # (档号: a file's number)
      | 号|號 )                                                        # (号: a 索引号 cut at its start)
    \s?[：:|]                                                         # its colon or the cell's edge
    """, re.VERBOSE)
#: Signs of a mis-decoded line: a ? against a full stop or comma, box-drawing characters.
_GARBLED = re.compile(r"[?？][。，]|[。，][?？]|[\u2500-\u257f]")
#: An issuer and a speaker's name under a report's dateline (某旗人民政府 某某某): no title.
_SPEAKER_LINE = re.compile(rf"""
    ^[{_HAN}、]{{2,16}} (?:人民政府|政府|县长|縣長|市长|市長|区长|區長|旗长|旗長|乡长|鄉長|镇长|鎮長|主任
                       |秘书长|秘書長|祕書長|书记|書記|局长|局長|主席)   # 某旗人民政府, 党委副书记、乡长
    \s+ [{_HAN}] (?:\s?[{_HAN}]){{1,6}} $                                      # 某某某, 赵 英
    """, re.VERBOSE)
#: An article's authors, each an office and a name parted by blanks (某市关工委 张某 某县关工委 李某某):
#: the names are checked by jieba's tagger (某县人民政府 办公室 is no byline).
_OFFICE_NAMES = re.compile(rf"""
    ^\s* (?: [{_HAN}]{{2,20}} (?:委|局|会|會|办|辦|厅|廳|部|中心|政府|院|所|站|社|队|隊|协|協|联|聯)   # an office
              \s+ [{_HAN}]{{2,3}} \s* ){{1,4}} $                                                   # its author
    """, re.VERBOSE)
_PAIR = re.compile(rf"[{_HAN}]{{2,20}}(?:委|局|会|會|办|辦|厅|廳|部|中心|政府|院|所|站|社|队|隊|协|協|联|聯)\s+([{_HAN}]{{2,3}})(?=\s|$)")


def _authors(raw: str) -> bool:
    """A line of offices and their authors (某市关工委 张某 某县关工委 李某某), every name a person's.

    >>> _authors("安徽省某市关工委 耿霖 某县关工委 闫立业"), _authors("某县人民政府 办公室")
    (True, False)
    """
    if _OFFICE_NAMES.match(raw) is None:
        return False
    from .segmentation import is_person_name   # (jieba's tagger: loaded only for such a line)
    return all(is_person_name(n) for n in _PAIR.findall(raw.strip()))


#: A reporter's byline (某某网记者 某某, 记者 某某): a news page's, never the document's name.
_REPORTER = re.compile(rf"""
    ^ (?: [{_HAN}]{{1,8}} (?:网|網|报|報|社|台) )? \s?                 # a paper or a site,
    (?:记者|記者|通讯员|通訊員) \s? [{_HAN}]{{2,4}}                     # its reporter's name,
    (?: \s | $ | 报道 | 報道 | [{_HAN}]{{0,4}} (?:报道|報道|报导|報導) $ )   # then a blank, or 报道 (记者某某某地报导)
  | ^ 文 \s? / \s? [{_HAN}]{{2,12}} (?: \s? / \s? [{_HAN}]{{2,4}} )* $       # or 文/ and its writer (文/某县水务局)
    """, re.VERBOSE)
#: A statistical chart's caption without its number (2022年全区生产总值及其增长速度).
_CHART_CAPTION = re.compile(r"(?:及其?(?:增长速度|增長速度|增速|构成|構成))$")


#: A headline in black brackets opening the story's first paragraph (a news flash's form).
_LEAD_HEADLINE = re.compile(r"""
    ^【 (?![^】\n]*(?:导读|導讀|导语|導語|预览|預覽|参考|參考|范文|範文|阅读|閱讀|阅览|閱覽|前瞻|写作|寫作|推荐|推薦|精选|精選|网|網))
    (?![^】\n]*[0-9]{1,2}月[0-9]{1,2}日(?:报导|报道|報導|報道|讯|訊|电|電)】)   # (not a dateline: 【某报9月28日报导】)
    (?P<title>[^】。！？!?\n]{6,50}) 】      # a headline or a yearbook's entry in brackets (not a site's tag:
    (?=[^\n]{20})                           # 【导读预览】), then the body on its line
    """, re.VERBOSE)
#: A headline alone after a bracketed tag, ending the line (no clause inside, not opening with a date).
_HEADLINE_AFTER_TAG = re.compile(r"(?![0-9]{1,2}月|[0-9]{4}年[0-9]{1,2}月)(?P<title>[^，,。；;：:\n【】]{6,40}?)[!！]?")
#: A headline with its subtitle after a dash, run on into the page's record (…破解融资难题——某基金业务模式简介发表日期：).
_DASHED_HEADLINE = re.compile(r"""
    [^，,。；;：:！？!?\n【】]{8,60} ——+ [^，,。；;：:！？!?\n【】]{4,40}?   # 创设…难题——…简介
    (?= 发表 | 發表 | 发布 | 發布 | 来源 | 來源 | 作者 | 日期 | 时间 | 時間 | \s | $ )   # ending where the record starts
    """, re.VERBOSE)
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|JPE?G|PNG|GIF)$")   # webwxgetmsgimg_副本.jpg: an image's name


_AUTHOR_MARK = re.compile(rf"^(?:文|图|圖|文图|文圖|图文|圖文)\s?[/／]\s?[{_HAN}]{{2,4}}(?:\s[{_HAN}]{{2,4}})*$")   # 文/某某
_MENU_WORDS = frozenset("菜单 菜單 导航 導航 范文 範文 首页 首頁 目录 目錄 搜索 登录 登錄".split())


#: The fields heading an official letter or a form (受文者：, 發文日期：, 单位名称：): never its title.
_LETTER_FIELD = re.compile(r"(?:受文者|發文日期|发文日期|發文字號|发文字号|速別|速别|密等|正本|副本|单位名称|單位名稱"
                           r"|填报单位|填報單位)\s?[：:]")
_TAGLINE_DOTS = re.compile(rf"[{_HAN}]{{2,4}}(?:[·•][{_HAN}]{{2,4}}){{2,}}")   # 精准·省心·可靠


@functools.lru_cache(maxsize=1024)   # (the same candidate line is judged several times a page)
def _mis_decoded(line: str) -> bool:
    """Does the quality check find mojibake on ``line`` (rare characters in a cluster, 锟斤拷)? The
    line is read in simplified script, as quality reads its text (a traditional title is no damage);
    the imports are here so that quality's tables load only when a title needs them."""
    from .normalisation import to_script
    from .quality import find_quality_issues
    return any(f.kind == "mojibake" for f in find_quality_issues(to_script(line, "simplified")))


def _is_junk(line: str) -> bool:
    """A line a page puts before its title: date, meta, breadcrumb, caption, letterhead, issuer,
    a site column with its initials (行业动态hyjj), a yearbook's volume (2002卷), a site's
    categories (工作总结/工作汇报), a meeting's label for its papers (…会议文件之十三)."""
    if _VOLUME.match(line) or _WEATHER_LINE.match(line) or _BARE_YEAR.match(line) or _IMAGE_FILE.search(line):
        return True
    if line in _MENU_WORDS or _AUTHOR_MARK.match(line):
        return True   # 菜单, 范文: a site's menu button or category alone on its line; 文/某某: an author
    if _ROLE_LINE.match(line) and not _NAMED_PART.match(line):   # 施政报告：结语 is a part's name
        return True
    if (_PHOTO_CREDIT.search(line) or _SITE_BAR.search(line) or _OUTLET.fullmatch(line) or _ISSUE_LINE.search(line)
            or _SAMPLES_SITE.fullmatch(line)):
        return True
    if _LABEL_LINE.search(line):
        return True
    if not re.search(f"[{_HAN}]", line):
        return True   # Size: px, ID:7965859: no Chinese name is without a Chinese character
    if _LETTER_FIELD.match(line) or _TAGLINE_DOTS.fullmatch(line):
        return True   # 受文者：某中学, 单位名称：某公所: a letter's or a form's field; 精准·省心·可靠: a tagline
    if _DATELINE.search(line) or _CAPTION.match(line) or _LETTERHEAD.search(line) or _ISSUER.match(line):
        return True
    if _DATE_AT_END.match(line) or _NEWS_LEAD.fullmatch(line):
        return True   # 团中央组织部 某协会2005年05月20日: a brief's issuers and date; 某网11月26日某地消息
    if _DATELINE_TAIL.match(line) or (_BYLINE.match(line) or _OFFICE_BYLINE.match(line)) and not _TITLE_END.search(line):
        return True
    if "<" not in line and line.count(">") + line.count("＞") >= 2 or _BREADCRUMB.search(line):
        return True
    if line.lstrip()[:1] in (">", "＞"):
        return True   # > 政府工作报告: a breadcrumb's last step on a line of its own
    if _PREFACE.search(line):
        return True
    if (_ISO_DATE.search(line) or re.search(r"\d{1,2}:\d{2}", line)) and not (
            len(line) > _BODY_LINE and _SENTENCE.search(line)):
        return True   # a timestamp line; a paragraph's ratio (9.4:66.8:23.8) is no time
    if _COLUMN_CODE.match(line) or _REPORTER.match(line) or _CHART_CAPTION.search(line):
        return True
    if _PORTAL_FIELD.match(line) or _GARBLED.search(line) and not (len(line) > 2 * _BODY_LINE and _SENTENCE.search(line)):
        return True   # 索引号: | …; a line mis-decoded (（云南？。╆P于…): the next line may hold the name
        # (not a paragraph mis-decoded in places: the body has begun, no title comes after it)
    if len(line) <= _JOIN_PIECE * 2 and re.search("[%％‰]", line) and not (
            _FIGURE_HEADLINE.search(line) and len(_HAN_RE.findall(line)) >= _HEADLINE_HAN):
        return True   # 比上年增长%, 增速(%): a chart's label, no document's name (某县参合率超98%: a headline)
    if _META.search(line):
        return True
    if len(line) > _BODY_LINE and _SENTENCE.search(line):
        return False   # a paragraph of the body (…收入主要来源于…), not a source or date line
    if len(line) <= TITLE_CHARS and _mis_decoded(line):   # (last: the dearest check, after the cheap ones)
        return True   # 镇ㄥ彨浠ュ㡎杩…: a line whose characters are another encoding's, no name
    return bool(_META_WEAK.search(line)) and not _TITLE_END.search(line) and not _RELEASED.search(line)


#: A "关于…的报告" name at a line's start, a whole title by its form (关于某工作情况的报告创立为民…).
_ABOUT_TITLE = re.compile(r"""
    (?:关于|關於) [^，,。；;：:！？\n]{2,40}? 的          # 关于某工作情况的
    (?:工作)? (?:情况|情況)? (?:调研|調研|调查|調查|视察|視察|考察|专题|專題)?   # 调研
    (?:报告|報告|汇报|匯報|总结|總結|说明|說明)                                    # 报告
    (?! [的和与與及暨、，,（(] )                         # the name ends there (not 报告的决议)
    """, re.VERBOSE)


_COLUMN_TAG = re.compile(r"^【[^】\n]{1,12}】(?=[^\n]{6})")   # 【2022·某镇答卷】: a column's tag
_BRACKETED_TITLE = re.compile(rf"【(?P<title>[^】\n]{{4,{TITLE_CHARS}}}?(?:{_DOC_TYPE}){_COUNT_SUFFIX})】")


#: A news headline run on into its body, which opens with a time word and a comma (某镇召开招商
#:引资工作会近日，某镇召开…): the headline names an event (召开, 举行 … or ends in 会, 班, 仪式).
_NEWS_RUN_ON = re.compile(r"""
    (?P<title> [^，,。；;：:！？!?\n]{1,36}? (?:召开|举行|举办|开展|启动|签约|开班|开幕|揭牌|召開|舉行|舉辦|開展|啟動|簽約|開班|開幕)
               [^，,。；;：:！？!?\n]{0,20}? )
    (?= (?:近日|日前|昨日|昨天|今天|今日|[0-9]{1,2}月[0-9]{1,2}日) [，,] )
    """, re.VERBOSE)


#: A headline, a blank, then its story's opening (某委开展建筑工程大检查 为进一步加强…, 某站 获省示范单位称号
#: 本报讯（记者…）昨日…).
_BLANK_RUN_ON = re.compile(r"""
    (?! 据 | 據 | [（(] | [^\n]{0,30}? [讯訊] [ \t] )    # (not 据某某网报道, a byline in brackets, a 讯 dateline)
    (?P<title> [^，,。；;：:！？!?\n]{6,40}? [^\s，,。；;：:！？!?] )
    (?<! 报道 ) (?<! 報道 ) (?<! 报导 ) (?<! 報導 )
    (?= [ \t\u3000]+ (?:本报讯|本報訊|本网讯|本網訊|[为為爲]进一步|[为為爲]進一步|[为為爲]了进一步|[为為爲]了進一步|[为為爲]切实|[为為爲]切實
                        |近日|日前|昨日|昨天|今年以来|今年以來) )
    """, re.VERBOSE)


#: A headline of phrases parted by commas, a blank, then its story's dated opening as Taiwan's offices
#: write it (政府积极投入宽频建设，平衡城乡数位落差 今（15）日行政院院会…).
_DATED_RUN_ON = re.compile(r"""
    (?P<title> [^。；;：:！？!?\n]{6,60}? [^\s，,。；;：:！？!?] )
    (?= [ \t\u3000]+ [今昨] [（(] [0-9]{1,2} [)）] 日 )
    """, re.VERBOSE)


#: A document's type and a 范文 site's tag after it, perhaps with the count of its pieces: the name ends there.
_FANWEN_END = re.compile(r"(?:总结|總結|报告|報告|计划|計劃|汇报|匯報|彙報|材料|讲话|講話|方案)(?:范文|範文)"
                         r"(?:[0-9一二三四五六七八九十]{1,2}篇)?$")
_PIECES_AFTER = re.compile(r"[0-9一二三四五六七八九十]{1,2}篇")   # …范文|5篇: the count is the name's
#: Two names of one text run together, each opening with the same year (2023年某总结2023年度某总结 …).
_TWO_TITLES = re.compile(rf"""
    (?:[1-9][、.．]\s?)?                                           # a page's number (1、)
    (?P<first> (?P<y>(?:19|20)[0-9]{{2}}) \s?年 [^\n，,。；;]{{2,40}}? (?:{_DOC_TYPE}) )   # 2023年某工作总结
    (?=(?P=y)\s?年)                                                # then the same year opening another
    """, re.VERBOSE)
_OPENING_YEAR = re.compile(r"^(?:19|20)[0-9]{2}\s?年度?")   # 2020年某方案: the year a title opens with
_YEAR_NOTE = re.compile(r"[（(]\s?(?:19|20)\d{2}\s?年度?\s?[)）]")   # （2024年）: a title's year in brackets


def _run_on(line: str) -> str | None:
    """The title at the start of ``line`` when the body follows it on the same line
    (桥头镇2023年度政府工作报告各位代表：… -> 桥头镇2023年度政府工作报告), when the
    title is repeated (某工作总结某工作总结随着… -> 某工作总结), or when it is a 关于…的报告
    name and more follows; else None (not for an outline's heading: (一)收入情况：1至5月…)."""
    if _OUTLINE.match(line):
        return None
    if (m := _ABOUT_TITLE.match(line)) is not None and m.end() < len(line) and _SENTENCE.search(line, m.end()):
        tag = line[m.end():m.end() + 2] if line.startswith(("范文", "範文"), m.end()) else ""
        return m.group() + tag   # 关于某某的报告范文一、…: the site's tag stays with the name, as written
    if (m := _BRACKETED_TITLE.match(line)) is not None and _SENTENCE.search(line, m.end()):
        if (h := _HEADLINE_AFTER_TAG.fullmatch(line, m.end())) is not None:
            return h.group("title")   # 【某某工作执行情况】某地改革交出高分答卷！: a column's tag, then the headline
        return m.group("title")   # 【2019年乡镇信访工作总结】2019年，我镇…: a site's bracketed title
    if (m := _SPEECH_TITLE.match(line)) is not None and m.end() < len(line) and _SENTENCE.search(line, m.end()):
        return m.group()   # 在全市某工作会上的讲话市委常委、…（2010年2月25日）同志们：…: the speaker after it
    if (m := _NEWS_RUN_ON.match(line)) is not None and not _NEWS_LEAD.fullmatch(m.group("title")):   # (not a dateline)
        return m.group("title")   # 某镇召开招商引资工作会近日，…: a news headline, then its body
    for m in _TITLE_PREFIX.finditer(line):
        for end in _ends(line, m.end()):
            if ((more := _TYPE_GOES_ON.match(line, end)) is not None
                    and not line.startswith(line[:min(6, end)], end)):   # (not a title said twice)
                end = more.end()   # …发展情况|分析报告2014年…: the name goes on to its last type word
            head, rest = _after_sentences(line[:end]), line[end:]
            if (len(head) < 4 or _SENTENCE.search(head) or re.search(r"[，,]", head) or _VERB_THEN_TYPE.search(head)
                    or _YEAR_NOTE.fullmatch(rest.strip())
                    or _VERB_TYPE.search(head) and _OPENING_YEAR.match(rest) and not _SENTENCE.search(rest)):
                continue   # (…情况汇报（2024年）: the year in brackets is the title's, no body; 某社科学谋划|2025年某工作:
                # the verb's object, no body after it)
            named = _OPENING_YEAR.sub("", head, count=1)   # 2020年某方案|某方案为…: said again without its year
            if (rest.startswith(head[:min(6, len(head))]) or _BODY_START.match(rest)
                    or len(named) >= 6 and rest.startswith(named) and _SENTENCE.search(rest)
                    or _REDACTED_PLACE.match(rest) and _SENTENCE.search(rest) and not _BODY_START.match(head)   # …总结xx省…
                    and not re.search(rf"(?:{_DOC_TYPE})", rest[:_RUN_ON_NAME])     # (not …报告XX市政府工作报告)
                    or rest[:1] in "：:" and len(head) >= 6 and _SENTENCE.search(rest)   # 某市长施政总报告：以…
                    or _PIECE_THEN_BODY.match(rest) and _SENTENCE.search(rest)   # 某总结1在市政府…: a piece's number
                    or _ISSUER_THEN_BODY.match(rest) and _SENTENCE.search(rest)   # 某总结某某总站2004年，…: its issuer
                    or _FANWEN_END.search(head) and _SENTENCE.search(rest) and not _PIECES_AFTER.match(rest)):   # 某工作总结范文某镇在…: a
                # 范文 site's tag ends the name
                title = _without_piece_number(_last_title(_DOUBLE_TYPE.sub(r"\1", head)))  # 总结报告 stays
                glued = _GLUED_HEAD.match(title)   # …再上新台阶一、上半年工作总结|今年以来: the heading goes
                return glued.group("title") if glued and not _TITLE_END.search(glued.group("title")) else title
    if (m := _GLUED_HEAD.match(line)) is not None and not _BODY_START.match(line):
        return m.group("title")   # 发挥优势…再上新台阶一、上半年工作总结…: the first heading glued on
    return None


#: The issuing body after a title run on into the body, the body opening with its year or time word
#: (…工作总结|某某水果生产技术指导总站|2004年，水果总站…).
_ISSUER_THEN_BODY = re.compile(rf"""
    [{_HAN}]{{2,20}}? (?:局|办公室|辦公室|中心|总站|總站|站|委员会|委員會|人民政府|政府|公司|院|所|处|處|队|隊)   # the body
    (?= (?:19|20)[0-9]{{2}}年 | 今年 | 近年来 | 近年來 | 一年来 | 一年來 )                 # and its time word
    """, re.VERBOSE)


_ABOUT_HEAD = re.compile(r"^[^，,。；;：:！？!?]{2,40}(?:关于|關於)[^，,。；;：:！？!?]{2,50}$")   # …关于表彰…全市政府
_ABOUT_TAIL = re.compile(rf"^[^，,。；;：:！？!?]{{2,40}}的(?:{_DOC_TYPE}|决定|決定|通知|意见|意見|批复|批覆|函)$")


def _about_broken(lines: list[str], i: int) -> str | None:
    """A 关于 document's name broken over two lines: the first with 关于 and no type, the next
    ending in 的 and the type (某办公室关于表彰2009年度全市政府 / 机关优秀调研成果的决定).

    >>> _about_broken(["某办公室关于表彰2009年度全市政府", "机关优秀调研成果的决定", "各县区："], 0)
    '某办公室关于表彰2009年度全市政府机关优秀调研成果的决定'
    """
    if i + 1 >= len(lines) or not _ABOUT_HEAD.match(lines[i]) or _TITLE_END.search(lines[i]) or "《" in lines[i]:
        return None
    joined = lines[i] + lines[i + 1]
    return joined if _ABOUT_TAIL.match(lines[i + 1]) and len(joined) <= TITLE_CHARS else None


_RUN_ON_NAME = 20   # characters after a title in which another document's name would stand
_REDACTED_PLACE = re.compile(r"[xX×*]{2,4}[省市县縣区區镇鎮乡鄉]")   # a body whose name is left out, opening the body
_QUOTED = re.compile(r"“[^“”\n]{1,20}”")   # a quoted phrase: its comma is no sentence's
_VERB_TYPE = re.compile(r"(?:谋划|謀劃|安排|分析|打算)$")   # types that are verbs too: what follows may be their object
_VERB_THEN_TYPE = re.compile(r"(?:是|为|為|在于|在於|全面|认真|認真|系统|系統)(?:总结|總結|报告|報告|汇报|匯報|计划|計劃)$")   # 议题是总结|…:
# a sentence's verb and object, no name
_PIECE_THEN_BODY = re.compile(rf"[1-9](?![0-9０-９年月日号%％.．、个件项名人户家次条篇万亿元千百天岁期批座所台套辆本部份倍吨亩米])[{_HAN}]")
# (某总结1在…: a piece's number, then the body; not 议案1件、…: a count)
#: A title with the first heading glued after it (…再上新台阶一、上半年工作总结…; not 一、二季度).
_GLUED_HEAD = re.compile(r"""
    (?P<title> [^。，,；;：:！？!?、\n]{8,40}? [\u4e00-\u9fff] )   # a title without a sentence's marks,
    一、 (?![二三四五六七八九十]) [\u4e00-\u9fff]                  # then 一、 and a heading (not 一、二季度)
    """, re.VERBOSE)
#: A speech's full name (在全市某工作会议上的讲话): the title whatever follows on its line.
_SPEECH_TITLE = re.compile(r"在[^，。；：:\n]{2,40}?(?:上|中|时|時)的(?:讲话|講話|发言|發言|致辞|致辭|报告|報告)")
_TYPE_GOES_ON = re.compile(rf"(?![及和与與暨并並])[{_HAN}]{{0,4}}(?:{_DOC_TYPE})")   # 情况|分析报告: a longer type follows


#: A portal's title field alone on its line, its value on the next (标  题：).
_TITLE_LABEL = re.compile(r"(?:文章|文档|文檔)?(?:标题|標題)[：:]")
#: A field's name inside a title line (某讲话 文章标题：某某讲话): the field's value is the title.
_FIELD_LABEL = re.compile(r"(?:文章|文档|文檔|文件)?(?:标题|標題|题目|題目)[：:]\s?")
#: Where a second title starts right after a first one (…考察报告XX市政府工作报告): a name
#: of a place, body or year, not a word going on from the first (…总结和…计划, …报告审议意见).
_TITLE_START = re.compile(rf"""
    (?![与和及暨并的、與並])                                    # not a word going on (…计划与民政局…)
    (?: XX | xx | 某 | \d{{4}}\s?年 | 关于 | 關於                      # (…情况报告关于某某的报告: a 关于 name)
      | [{_HAN}]{{1,8}}?(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|街道|局|政府|公司|中心|学校|學校|医院|醫院) )
    """, re.VERBOSE)


_DOC_TYPE_START = re.compile(f"(?:{_DOC_TYPE})")


def _last_title(head: str) -> str:
    """The last of the titles a page ran together on one line (某讲话文章标题：某某讲话 ->
    某某讲话; 某某考察报告XX市政府工作报告 -> XX市政府工作报告); ``head`` when it is one title."""
    parts = _FIELD_LABEL.split(head)
    if len(parts) > 1 and len(parts[-1]) >= 4:
        head = parts[-1]
    for m in re.finditer(rf"(?:{_DOC_TYPE}){_COUNT_SUFFIX}", head):
        rest = head[m.end():]
        if len(rest) >= 6 and _TITLE_END.search(rest) and _TITLE_START.match(rest) and not _DOC_TYPE_START.match(rest):
            return rest   # (not 情况|汇报与…: the name goes on)
    return head


def _after_sentences(head: str) -> str:
    """The part of ``head`` after its last sentence end (…整理汇总。某镇工作报告 -> 某镇工作报告)."""
    return re.split(r"[。！？!?]", head)[-1].strip()


def _ends(line: str, first: int):
    """Candidate title ends: ``first`` and every later end of a document-type word."""
    yield first
    for m in re.finditer(rf"(?:{_DOC_TYPE})(?P<sfx>{_COUNT_SUFFIX})", line[first:first + TITLE_CHARS]):
        if m.end() > m.start("sfx"):
            yield first + m.start("sfx")   # …编制报告|（中华民国八十二年…大会）: a dateline, not a count
        yield first + m.end()


def _joined_to_type(lines: list[str], i: int, stop: int) -> tuple[str, int] | None:
    """``lines[i]`` joined with the lines after it (before ``stop``) up to the first that ends
    them like a title (a document type), and the lines used; None when a sentence, a site line
    or an overlong name comes first."""
    for j in range(i + 1, min(stop, len(lines))):
        whole = "".join(lines[i:j + 1])
        if len(whole) > TITLE_CHARS + 20 or _SENTENCE.search(whole) or _is_junk(lines[j]):
            return None
        if _TITLE_END.search(whole):
            return whole, j - i + 1
    return None


#: A meeting's name on a line of its own, over the 关于… name of its paper.
_MEETING = re.compile(rf"[{_HAN}\d]{{4,30}}(?:会议|會議|大会|大會)")


def _joined(lines: list[str], i: int) -> tuple[str, int]:
    """Short lines from ``i`` joined when together they end like a title
    (市政府 / 五年 / 工作报告 -> 市政府五年工作报告), or a long title broken after a verb
    or a place name (某委关于印发 / 2023年工作要点的通知): the title and the lines used."""
    if _TITLE_END.search(lines[i]) or lines[i][:1] + lines[i][-1:] == "《》" and _TITLE_END.search(lines[i][1:-1]):
        return lines[i], 1   # (《某工作总结》 whole in its marks: not joined to the next line)
    if i + 1 < len(lines) and (_broken_head(lines[i], lines[i + 1]) or _open_name(lines[i], lines[i + 1])
                               or _split_word(lines[i], lines[i + 1])):
        return lines[i] + lines[i + 1], 2
    if i + 1 < len(lines) and _MEETING.fullmatch(lines[i]) and lines[i + 1].startswith(("关于", "關於")):
        if (found := _joined_to_type(lines, i, i + 3)) is not None:   # 某镇第十七届人民代表大会第二次会议 /
            return found                                               # 关于《…报告》 / 的决议(草案)
    if lines[i].startswith(("关于", "關於", "在")):   # (在某省…党务工作 / 者示范培训班上的发言: a speech's)
        if (found := _joined_to_type(lines, i, i + _JOIN_MAX)) is not None:   # 关于某区2021年财政 /
            return found                                                      # 预算执行情况及… / …的报告
    acc = ""
    for j in range(i, min(i + _JOIN_MAX, len(lines))):
        piece = lines[j]
        if len(piece) > _JOIN_PIECE or _SENTENCE.search(piece) or _SALUTATION.match(piece) or _is_junk(piece):
            break
        acc += piece
        if j > i and _TITLE_END.search(acc):
            for k in range(j + 1, min(j + 1 + _TAG_REACH, len(lines))):   # 科技局 / 工作总结 / 工作思路 /
                full = lines[k]                                          # 某市科技局工作总结和工作思路:
                if _TITLE_END.search(full) and all(p in full for p in lines[i:j + 1]):   # a 文库's tags,
                    return full, k - i + 1                                             # then the title
            return acc, j - i + 1
    return lines[i], 1


#: Where a long title is broken: after 关于/印发 (关于印发|…的通知), or after a place name
#: with the year and document type on the next line (某自治县|2021年…统计公报).
_OPEN_HEAD = re.compile(rf"""
    (?:关于|關於|印发|印發|转发|轉發|批转|批轉|下发|下發|提请审议|提請審議)$   # …关于印发|…的通知
  | ^[{_HAN}]{{2,20}}(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|街道)$         # 某自治县|2021年…公报
  | (?:{_DOC_TYPE})(?:以及|及|和|与|與|暨)$                                # …工作总结及|下半年工作计划
  | ^(?:关于|關於)[^\n]{{2,40}}的$                                        # 关于…结果的|通报: its type
  | (?:关于|關於)[^\n，,。；;]{{2,40}}(?:以及|和|与|與|及|暨)$               # 市政府关于推进居民和|餐饮用户…的意见
  | ^(?:19|20)[0-9]{{2}}年[^\n，,。；;]{{2,40}}(?:以及|和|与|與|及|暨)$        # 2022年全国打击侵权和|制售…工作要点
    """, re.VERBOSE)
_SPLIT_TAIL = 2   # characters of a title's last word the layout may put alone on the next line
_TYPE_ALONE = 6   # a document type alone on a line (通报, 实施意见) is at most this long
_NAME_HALF = 24   # a name's first half before a type alone on the next line is at most this long
_BARE_TYPE = re.compile(r"(?:政府工作|工作|统计|統計)?(?:报告|報告|总结|總結|公报|公報|汇报|匯報|计划|計劃|方案)")   # a type alone on a line
#: A document type alone on a line, with up to four characters of its kind before it (通报,
#: 实施意见, 审计工作报告): what ends a 关于…的 name broken after its 的.
_TYPE_WORD = re.compile(rf"[{_HAN}]{{0,4}}(?:{_DOC_TYPE}){_COUNT_SUFFIX}")
_YEAR_HEAD = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年|^关于|^關於")


def _broken_head(line: str, nxt: str) -> bool:
    """``line`` is the first half of a title that ``nxt`` ends (no sentence in either)."""
    if (_BARE_TYPE.fullmatch(nxt) and 4 <= len(line) <= _NAME_HALF and not re.search(_DOC_TYPE, line)
            and "了" not in line and not _SENTENCE.search(line) and not _is_junk(line)):
        return True   # 某县2023年国民经济和社会发展 / 统计公报
    m = _OPEN_HEAD.search(line)
    if m is None or _SENTENCE.search(line) or _SENTENCE.search(nxt) or _is_junk(nxt):
        return False
    if not _TITLE_END.search(nxt) or len(line) + len(nxt) > TITLE_CHARS:
        return False
    if m.group().endswith("的"):   # 关于…考核结果的|通报: the next line is the type alone
        return bool(_TYPE_WORD.fullmatch(nxt))   # (审计工作报告: a type with its kind of work)
    return m.group().endswith(("关于", "關於", "发", "發", "转", "轉", "及", "和", "与", "與", "暨")) or bool(_YEAR_HEAD.match(nxt))


def _split_word(line: str, nxt: str) -> bool:
    """A title whose last word the layout split, its last character alone on the next line
    (…2026年工作计 / 划)."""
    return (len(nxt) <= _SPLIT_TAIL and not _SENTENCE.search(line) and not _TITLE_END.search(line)
            and bool(_TITLE_END.search(line + nxt)))


def _open_name(line: str, nxt: str) -> bool:
    """``line`` opens a 《name》 that ``nxt`` closes and a title ends (关于印发《2023年对市级
    人民政府履行 / 教育职责评价报告》的通知)."""
    return (line.count("《") > line.count("》") and nxt.count("》") > nxt.count("《")
            and len(line) + len(nxt) <= TITLE_CHARS and not _SENTENCE.search(line + nxt)
            and bool(_TITLE_END.search(nxt)))


def _contents_end(lines: list[str], i: int) -> int | None:
    """Past a table of contents starting at ``i`` (一、甲 / （一）乙 / 二、丙: outline headings
    without a sentence's stop, perhaps with a comma: 二、工作成效，主要做法), and past a site's
    dots after it (……), the index of the title line that follows, else None."""
    j = i
    while j < len(lines) and _OUTLINE.match(lines[j]) and not _STOP.search(lines[j]) and len(lines[j]) <= CONTENTS_ENTRY:
        j += 1
    if j - i < 3:
        return None
    while j < len(lines) and _is_junk(lines[j]) and not re.search(r"\w", lines[j]):
        j += 1
    if j >= len(lines):
        return None
    nxt = lines[j]
    ok = _TITLE_END.search(nxt) and not _SENTENCE.search(nxt) and not _SALUTATION.match(nxt)
    return j if ok and len(nxt) <= TITLE_CHARS else None


def _lone_first(lines: list[str], i: int) -> str | None:
    """The first line numbered 一、 as a piece of a collection is, when it ends like a title and
    no line 二、 follows (一、某县棚户区改造进展报告, then the text): the title without its number."""
    if i or not lines[0].startswith(("一、", "一.")) or _SENTENCE.search(lines[0]):
        return None
    rest = lines[0][2:].strip()
    if (not _TITLE_END.search(rest) or len(_LEADING_YEAR.sub("", rest)) < LONE_FIRST_TITLE
            or any(x.startswith(("二、", "二.")) for x in lines[1:])):
        return None   # (一、2023年工作总结 alone: a section, perhaps, not a name)
    return rest


LONE_FIRST_TITLE = 8   # a name numbered 一、 holds this many characters besides its year
_LEADING_YEAR = re.compile(r"^(?:(?:19|20)[0-9xX*]{2}|[xX*]{4})\s?年?度?")


def _first_of_two(line: str) -> str:
    """Of two names a blank parts, each ending like a title (某镇安全生产年度总结 某镇安全生产工作总结),
    the first: a site put its own name for the file after the document's."""
    parts = line.split()
    if len(parts) == 2 and all(len(p) >= 6 and _TITLE_END.search(_decorations(p)) for p in parts):
        return parts[0]
    return line


def _banner(line: str) -> bool:
    """A row of short phrases parted by blanks (聚焦甲 聚焦乙 聚焦丙): a site's banner or menu; a
    separator between blanks is no phrase (某某这十年 · 某某篇: two, a headline).

    >>> _banner("聚焦甲 聚焦乙 聚焦丙"), _banner("民政工作这十年 · 区划地名篇")
    (True, False)
    """
    parts = [p for p in line.split() if p not in _SEPARATORS and not _REGION_TAG.fullmatch(p + " ")]   # ([新闻] 甲 乙:
    return (len(parts) >= 3 and all(len(p) <= 8 for p in parts)                                         # a tag, no phrase)
            and (not _TITLE_END.search(line) or _COLUMN_TYPE.fullmatch(parts[-1]) is not None)   # 政务公开
            and not any(p.isdigit() for p in parts))   # 规划计划 计划总结: columns (not 某局 2025 年工作总结…)


_SEPARATORS = frozenset("· • ‧ | ｜ - — / ／".split())   # marks that part a line's phrases


#: A column named by document types alone (计划总结, 工作报告, 总结汇报): no document's name.
_COLUMN_TYPE = re.compile(r"(?:工作|计划|計劃|规划|規劃|总结|總結)?(?:报告|報告|总结|總結|汇报|匯報|计划|計劃|规划|規劃)")


def _best_part(line: str) -> str:
    """Of titles parted by ``|`` (乡镇工作总结|乡镇人民政府五年工作总结), the longest; after a
    column's short tag (施政报告2024|某某发表施政报告全文), the headline."""
    parts = [p.strip() for p in re.split(r"[|｜]", line) if p.strip()]
    if len(parts) == 2 and len(parts[0]) <= _TAG_CHARS < len(parts[1]) and not _SENTENCE.search(parts[1]):
        return parts[1]
    if len(parts) == 2 and len(parts[1]) <= _TAG_CHARS < len(parts[0]) and not _SENTENCE.search(parts[0]):
        return parts[0]   # 某街道：基本建成充电停放圈|每日快讯: the headline, then a column's tag
    named = [p for p in parts if _TITLE_END.search(p)]
    if len(parts) == 2 and len(named) == 1 and all(_SEARCH_QUESTION.search(p) for p in parts if p not in named):
        return named[0]   # 全国哪里的花卉产业最好|某某工作总结: a search's question before the title
    return max(parts, key=len) if len(parts) > 1 and len(named) == len(parts) else line


#: A search engine's question a copy site puts before a title (全国哪里的花卉产业最好, 某某怎么写).
_SEARCH_QUESTION = re.compile(r"哪[里裡裏些个個]|什[么麼]|怎[么麼样樣]|如何|多少|[为為]什|[吗嗎呢]$")


_TAG_CHARS = 8   # a column's tag before a headline and a bar is at most this long


#: A title, a comma, then the page's tagline of short phrases (二零一五年施政报告, 重法治 掌机遇 作抉择).
_TAGLINE = re.compile(rf"^(?P<title>[^,，。]{{4,40}}?(?:{_DOC_TYPE}))\s?[,，]\s?[^,，。！？!?；;：:]{{2,60}}$")


#: A title of two matched halves parted by one comma, no other mark (以甲为载体，增创乙新优势).
_PAIRED = re.compile(rf"[{_HAN}“”]{{4,20}}[，,][{_HAN}“”]{{4,20}}")
#: A slogan of two halves before a dash and the document it heads (发挥引领作用，塑造城市形象——某市
#: 作协2020年工作总结): the whole line is the title, its comma no sentence's.
_SUBTITLED = re.compile(rf"""
    [{_HAN}“”·]{{4,24}} [，,]\s? [{_HAN}“”·]{{4,24}}   # the slogan's two halves
    \s? (?:——|--|－－)                                 # the dash
    [^。！？!?；;，,：:\n]{{2,40}} (?:{_DOC_TYPE}){_COUNT_SUFFIX}   # the document's name
    """, re.VERBOSE)


#: A news headline of two or three phrases parted by commas (服务大局，暖侨惠侨，2020年某市侨联这样干).
_COMMA_HEADLINE = re.compile(r"""
    (?:[^。！？!?；;：:，,、\n]{2,16}[：:])?              # 某供电公司：(who the headline is about)
    [^。！？!?；;：:，,\n]{2,24}(?:[，,][^。！？!?；;：:，,\n]{2,20}){1,2}   # 2021年工作，重点抓好六个方面
    """, re.VERBOSE)
HEADLINE_CHARS = 40   # such a headline is at most this long
_YEAR_THEN_NAME = re.compile(rf"(?:19|20)[0-9]{{2}}年[{_HAN}]")   # 2020年泸州…: a year run into a name


def _comma_headline(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` a short headline of phrases parted by commas (perhaps after whom it is
    about and a colon), above the body's first paragraph (longer, ending in 。), a page's date or
    source line, a subtitle (——…) or a story's lead (近日，…)? A body's first words
    (今年以来，…) are none.

    >>> _comma_headline(["回眸，这一年某县统战工作", "2022年，某县统一战线勠力同心，交出了一份高分答卷。"], 0)
    True
    >>> _comma_headline(["某供电公司：2021年工作，重点抓好六个方面", "——某会议召开"], 0)
    True
    >>> _comma_headline(["今年以来，我局扎实工作", "全年完成投资3亿元，同比增长5%。"], 0)
    False
    """
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if len(line) > HEADLINE_CHARS or not _COMMA_HEADLINE.fullmatch(line):
        return False
    if _NEWS_LEAD.match(nxt) or _LEAD_TIME.match(nxt):   # 某总局：对…审查，其中…符合要求 / (某某网) 近日，…: over a
        return True                                      # story's lead (cut off in the excerpt), whom it is about first
    if _BODY_START.match(line) and not _YEAR_THEN_NAME.match(line):   # (2020年某市总票房超…，…: a headline's
        return False                                                 # year, no comma after it)
    return len(nxt) > len(line) and nxt.endswith("。") or bool(nxt) and _is_junk(nxt) or nxt.startswith("——")


_LEAD_TIME = re.compile(r"(?:近日|日前|昨日|昨天|今天|今日)[，,]")   # a story's first words


def _crumbs(line: str) -> bool:
    """A breadcrumb line (您现在的位置：首页 >> 习俗 >> 正文, 当前位置：首页 > 资讯)."""
    return (bool(_BREADCRUMB.search(line)) or "<" not in line and line.count(">") + line.count("＞") >= 1
            or line.startswith(("您现在的位置", "您的位置", "当前位置", "您現在的位置", "當前位置", "您所在的位置")))


_RUN_ON_LINE = 80   # a line this long holds a body: a title at its start ends at a blank
#: A title at the start of a long line, ended by a blank before the body (某报告 搞清楚…).
_SPACED_TITLE = re.compile(rf"(?P<title>[^\s，,。；;：:]{{4,{TITLE_CHARS}}}?(?:{_DOC_TYPE}){_COUNT_SUFFIX})[ \t\u3000]+(?=\S)")
#: Blanks a PDF's text puts beside digits and after a closing quote (政府 2024 年“安全月” 宣传).
_DIGIT_GAPS = re.compile(rf"(?<=[{_HAN}])[ \t]+(?=[0-9])|(?<=[0-9])[ \t]+(?=[{_HAN}])|(?<=[”》）])[ \t]+(?=[{_HAN}])")
#: A site's words before a title on its line: a contents entry's head (目录1.), a menu button glued
#: before it (菜单).
_LINE_TAGS = re.compile(rf"""
    ^(?:目录|目錄)\s?(?:\d{{1,2}}[.、．]\s?)?(?=[{_HAN}]{{4}})                  # 目录1.某某工作总结
  | ^(?:菜单|菜單|导航|導航)(?=[{_HAN}]{{4}})                                 # 菜单某某工作总结
  | ^(?:图解|圖解|一图读懂|一圖讀懂)\s?[：:]\s?(?=[{_HAN}《]{{4}})            # 图解：关于印发…: a portal's column
  | ^(?:关闭|關閉|返回)\s?(?:→|->|>>|＞＞)\s?(?=[{_HAN}]{{4}})                 # 关闭→某某工作总结: a button
  | ^[^【\[\]】\n]{{1,16}}】\s?(?:(?:19|20)\d{{2}}[：:]\s?)?(?=[{_HAN}]{{4}})    # 某某频道】2018：关于…: a column's
                                                                              # tag cut at its 【, and its year
    """, re.VERBOSE)
#: A title in square brackets, search words after it on its line ([某区人大常委会工作报告] 2020年是…).
_SQUARE_TITLE = re.compile(rf"^[\[［](?P<title>[^\]］\n]{{4,{TITLE_CHARS}}}?(?:{_DOC_TYPE}))[\]］]\s")
#: A gazette's issue number before the name it publishes (2019年第43号（总第221号）).
_GAZETTE_NO = re.compile(r"^\d{4}年第\d{1,4}[号號]\s?[（(][总總]第\d{1,5}[号號][)）]\s?(?=[\u4e00-\u9fff])")
_BULLETS = "●○◆◇■□▲△▶►★☆※▪•"
_CAPTION_MARKS = "▲△"   # what news pages put before a photo's caption


def _bulleted(line: str) -> bool:
    """An item of a bulleted list (●全年实现地区生产总值450亿元), not a title; a title framed
    by the same marks (★某某工作总结★) or a bulleted name (• 政府工作报告) is no item; a line
    marked ▲ is a photo's caption."""
    line = line.strip()
    if line[:1] in _CAPTION_MARKS:
        return True   # ▲某某代表省政府作政府工作报告: a photo's caption
    return (len(line) > 1 and line[0] in _BULLETS and line[-1] not in _BULLETS
            and not _TITLE_END.search(line))


def _unspaced(line: str) -> str:
    """A line of single characters parted by blanks joined (工 作 总 结 -> 工作总结), one pair
    among them allowed when the line has three parts or more (政 府 工 作報 告); a site's code
    of digits after the last character dropped (政 府 工 作 报 告080102)."""
    parts = line.split()
    if len(parts) >= 3 and all(len(p) == 1 for p in parts[:-1]):
        parts[-1] = re.sub(r"(?<=^[\u4e00-\u9fff])[0-9]{2,8}$", "", parts[-1])   # 政 府 工 作 报 告080102: a code
    singles = sum(len(p) == 1 for p in parts)
    spaced = len(parts) >= 2 and singles == len(parts) or (
        len(parts) >= 3 and singles >= len(parts) - 1 and all(len(p) <= 2 for p in parts))
    return "".join(parts) if spaced else line


#: A news page's kicker alone on its line, a place or body and a colon (环市街道：).
_KICKER = re.compile(rf"""[{_HAN}]{{1,10}}
    (?:街道|镇|鎮|乡|鄉|县|縣|市|区|區|村|局|委|部|厅|廳|办|辦|中心|公司|社区|社區|学校|學校|集团|集團|医院|醫院|法院|站|所|队|隊)
    [：:]""", re.VERBOSE)   # (not 标签：, 编者语：: a field's label)
#: A copyright mark and what follows it on a headline's line (… ©原创 2021-09-27 18:17).
_COPYRIGHT_MARK = re.compile(r"\s©")
#: A news page's bulleted date or source under its bulleted headline (• 2016-11-21, • 消息来源：…).
_DATE_OR_SOURCE = re.compile(r"[ \t]*[•●·▪][ \t]*(?:\d{4}[-/.年]\d{1,2}|(?:消息|新闻|信息|文章)?来源[：:])")


def _dated_below(raws: list[str], k: int) -> bool:
    """A bulleted line with the page's date or source bulleted right below it (blank lines
    between): a news page's headline, not a list's item.

    >>> _dated_below(["• 某县开展花卉数据统计工作", "", "  • 2016-11-21", "正文"], 0)
    True
    >>> _dated_below(["●全年增长5%", "●新建项目12个"], 0)
    False
    """
    below = next((r for r in raws[k + 1:k + 4] if r.strip()), "")
    return _DATE_OR_SOURCE.match(below) is not None


HEADLINE_PHRASE = 5   # phrases of a headline parted by blanks are at least this long (a menu's are shorter)


def _headline_over_body(raws: list[str], k: int) -> bool:
    """A row of three phrases, each a few words long, with the body's sentence right below it
    (blank lines between): a news page's headline written in phrases, not a site's banner.

    >>> _headline_over_body(["让孩子赢在起跑点 小一防龋齿 免费窝沟封填", "", "全市国小一年级学童龋齿率高达4成，"], 0)
    True
    >>> _headline_over_body(["聚焦甲 聚焦乙 聚焦丙", "全市学童龋齿率高达4成，"], 0)
    False
    """
    parts = raws[k].split()
    below = next((r for r in raws[k + 1:k + 4] if r.strip()), "")
    return (len(parts) == 3 and min(map(len, parts)) >= HEADLINE_PHRASE
            and re.search("[，。；！？,;!?]", below) is not None and len(below.strip()) >= _BODY_LINE // 2)


#: A menu's item: a few characters, nothing but Chinese (官方微信, 今日头条, 数字报刊).
_MENU_ITEM = re.compile(rf"[{_HAN}]{{2,4}}")
_MENU_RUN = 3   # this many menu items, each on a line right below the last, are a menu


def _menu_lines(lines: list[str]) -> set[int]:
    """The lines of runs of menu items (客户端 / 官方微信 / 今日头条 / 数字报刊), none of them a title.

    >>> sorted(_menu_lines(["客户端", "官方微信", "今日头条", "某局2023年工作总结"]))
    [0, 1, 2]
    """
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines + [""]):
        own = line.strip()
        if _MENU_ITEM.fullmatch(own) and not _TITLE_END.search(own) or run and _BARE_YEAR.fullmatch(own):
            run.append(i)   # (安全管理 / 2023 / 创新 / 乡镇: a document site's tags, a year among them)
            continue
        if len(run) >= _MENU_RUN:
            out.update(run)
        run = []
    return out


#: A field's label glued to the document's name it labels, or a blank between, the table's cell edge lost.
_GLUED_LABEL = re.compile(rf"^[ \t]*(?:名称|名稱|标题|標題)[ \t]?(?=[{_HAN}]{{4}}[^\n：:]{{4,120}}(?:{_DOC_TYPE})[ \t]*$)")
#: A field's label whose blanks a decoder wrote as ? (名？称？：, 发？文？字？号？：).
_QMARK_SPACED = re.compile(rf"[ \t]*(?:[{_HAN}][ \t]?[？?]{{1,3}}[ \t]?){{2,5}}(?=[：:])")


def _candidates(text: str) -> list[str]:
    out: list[str] = []
    last_step = ""   # the last step of a breadcrumb seen (首页>化工资讯 -> 化工资讯)
    raws = text[:_HEAD_CHARS].splitlines()
    menu = _menu_lines(raws)
    for k, raw in enumerate(raws):
        if k in menu:
            continue
        raw = raw[:_LINE_CHARS]  # a title and the start of a body run on after it are enough
        if _KICKER.fullmatch(raw.strip()):
            continue   # 环市街道：⏎推进某某工程: a news page's kicker above its headline
        raw = _COPYRIGHT_MARK.split(raw, 1)[0]   # 某部：做好防控工作 ©原创 2021-09-27…: the title before ©
        raw = _unspaced(raw)
        if (spaced := _QMARK_SPACED.match(raw)) is not None:   # 名？称？：…: a field's label spaced by ?
            raw = re.sub("[？? \t]", "", spaced.group()) + raw[spaced.end():]
        raw = _GLUED_LABEL.sub("", raw)   # 名称县人民政府办公室关于印发…的通知: a table's label, its cell lost
        if out and _column_name(out[-1]) and _crumbs(raw.strip()):
            out.pop()   # 毕业论文 / 您现在的位置：…>>正文: a site's column above its breadcrumb
        if last_step and raw.strip() == last_step and len(last_step) <= _COLUMN_CHARS and not _TITLE_END.search(last_step):
            continue    # 首页>化工资讯 / 化工资讯: the column the breadcrumb ends in, again below it (not a
            # 范文 site's crumb that ends in the title itself: …>某局工作总结 / 某局工作总结)
        if _crumbs(raw.strip()):
            last_step = re.split("[>＞]+", raw.strip())[-1].strip()
        if (_banner(_decorations(raw)) and not _NAME_FIELD.match(raw.strip()) and not _headline_over_body(raws, k)
                or _bulleted(raw) and not _dated_below(raws, k)) \
                or _SPEAKER_LINE.match(raw.strip()) or _authors(_GLOSS.sub("", raw)):   # (词条 | 某某村 |: a field, no banner)
            continue   # (a speaker's line before the squeeze joins the name to the issuer)
        if (b := _BLURB.match(raw.strip())) is not None and b.group("doc2"):
            raw = b.group("doc2")   # 该【某报告 】是由【某某】上传分享: the document the line names
        if len(raw) > _RUN_ON_LINE and not _FIELD_LABEL.search(raw) and (m := _SPACED_TITLE.match(raw.strip())) is not None:
            raw = m.group("title")   # 某某调查研究报告 搞清楚…: a title, a blank, then the body
        if len(raw) > _RUN_ON_LINE and (m := _SPACED_TITLE.match(_DIGIT_GAPS.sub("", raw.strip()))) is not None:
            raw = m.group("title")   # 镇人民政府 2024 年“安全生产月” 活动工作总结 为进一步…: blanks a PDF put by digits
        line = (_squeeze(_decorations(raw)) if _NAME_FIELD.match(raw.strip())   # 主题：某某网 某某线: a field's
                else _squeeze(_site_words(_first_of_two(_best_part(_decorations(raw))))))   # value whole
        if (m := _TAGLINE.match(line)) is not None:
            line = m.group("title")   # 某年施政报告, 重法治 掌机遇: a title and the page's tagline
        line = _GAZETTE_NO.sub("", line)   # 2019年第43号（总第221号）某市关于…的报告: a gazette's issue number
        line = _LINE_TAGS.sub("", line)    # 目录1.…, 菜单…: a site's tags and menus
        if (m := _SQUARE_TITLE.match(line)) is not None:
            line = m.group("title")        # [某报告] 2020年是…: the name alone
        if line[:1] == "《" and line[-1:] == "》" and line.count("《") == 1 and len(line) >= 6:
            line = line[1:-1]              # 《某某工作开展情况汇报》: the title in a book's brackets
        if (two := _TWO_TITLES.match(line)) is not None:
            line = two.group("first")      # 2023年某工作总结2023年度某工作总结: a site's two names of one text
        if line:
            out.append(line)
        if len(out) >= TITLE_LOOKAHEAD + _CONTENTS_LINES:
            break
    return out


def title_of(text: str, fallback: str = "") -> str:
    """The title of a plain text, as the module docstring says; ``fallback`` when its
    body begins before any title line and no site blurb names it. A title that opens with its
    year under a line naming the issuing body gets that name (某中心 / 2007年工作总结 ->
    某中心2007年工作总结), and so does one under a line of the year and the body (2022年某局 /
    政府信息公开工作年度报告).

    >>> title_of("某某疾病预防控制中心\\n2007年工作总结和2008年工作计划\\n一、主要工作")
    '某某疾病预防控制中心2007年工作总结和2008年工作计划'
    """
    title = _title_of(text, fallback)
    if title == fallback:
        return title
    title = _GENRE_TAG.sub("", title).rstrip("-_|｜—–· \t") or title   # 某某询问函应用文, 某某会议-: a 范文 site's
    # category after the name, a separator whose site name the cleaning took
    title = _JOINED_TWICE.sub(r"\g<t>", title)   # 某自查报告 某自查报告: a page's title said again after its page mark
    title = _NOTICE_DATE.sub("", title) or title   # 某补助方案中华民国102年10月16日公告: the date it was announced
    lines = _candidates(text)
    if _BARE_KIND.fullmatch(title):
        title = _named_kind(lines, title)
    k = next((k for k, line in enumerate(lines[:TITLE_LOOKAHEAD]) if _squeeze(line).startswith(title)), 0)
    issuer = lines[k - 1] if k else ""
    year = _YEAR_START.match(issuer) or _YEAR_END.search(issuer)   # 2022年某局 / 某办2020: the year with the body
    body = (issuer[year.end():] if year.start() == 0 else issuer[:year.start()]) if year else issuer
    if not issuer or issuer in title or not _ISSUER.match(body):
        return title
    if year or _YEAR_START.match(title):   # 2022年某局 / 政府信息公开工作年度报告, 某中心 / 2007年工作总结
        return (issuer + title)[:TITLE_CHARS]
    return title


#: A notice's date after the name it announced (某补助方案中华民国102年10月16日公告).
_NOTICE_DATE = re.compile(r"""
    (?<=[\u4e00-\u9fff）)]) \s?
    (?: (?:中华民国|中華民國)[0-9]{2,3} | (?:19|20)[0-9]{2} ) 年 [0-9]{1,2} 月 [0-9]{1,2} 日   # the date, a ROC year too
    (?:公告|發布|发布|印发|印發) $                                                     # and what was done that day
    """, re.VERBOSE)
#: A 范文 site's category glued after a document's name (某某询问函应用文), its type's last character before it.
_GENRE_TAG = re.compile(r"(?<=[函书書告结結划劃报報案见見知稿辞辭言])(?:应用文|應用文)$")
#: a document kind alone, a site's column (工作总结 over 校车工作总结): the line naming it is the title
_BARE_KIND = re.compile(r"(?:工作)?(?:总结|總結|报告|報告|计划|計劃|汇报|匯報|彙報)|范文|範文")
_KIND_REACH = 3   # lines after a bare kind searched for the title that ends with it


def _named_kind(lines: list[str], kind: str) -> str:
    """The first of the few lines after the bare ``kind`` that ends with it and names more, and
    holds no sentence (工作总结 / 校车工作总结 -> 校车工作总结); else ``kind``."""
    k = next((k for k, line in enumerate(lines[:TITLE_LOOKAHEAD]) if _squeeze(line) == kind), None)
    if k is None:
        return kind
    for line in lines[k + 1:k + 1 + _KIND_REACH]:
        line = _squeeze(line)
        if line.endswith(kind) and len(kind) < len(line) <= TITLE_CHARS and not _SENTENCE.search(line):
            return line
    return kind


_YEAR_END = re.compile(r"(?:19|20)[0-9]{2}\s?年?度?$")   # 某区人民防空办公室2020: a year after the body
_YEAR_START = re.compile(r"(?:19|20)[0-9]{2}\s?年|20[xX×*]{2}\s?年")   # 2007年工作总结: a title that opens with its year


def _title_of(text: str, fallback: str) -> str:
    """:func:`title_of` before the issuing body's name is put in front.

    >>> title_of("导读：本文由某范文网整理，仅供参考。\\n县环保局2023年工作总结\\n一、主要做法")
    '县环保局2023年工作总结'
    >>> title_of("各位代表：\\n一、过去一年的工作\\n下面，我受县人民政府委托报告工作。", "2019")
    '2019'
    >>> title_of("某镇2023年政府工作报告各位代表：现在，我代表镇人民政府报告工作。")
    '某镇2023年政府工作报告'
    """
    first = next((x.strip() for x in text[:_HEAD_CHARS].splitlines() if x.strip()), "")
    if (m := _BLANK_RUN_ON.match(first) or _DATED_RUN_ON.match(first)) is not None:
        head = _squeeze(m.group("title"))   # 某委开展大检查 为进一步加强…: the first line's headline, a blank, its story
        return two.group("first") if (two := _TWO_TITLES.match(head)) is not None else head
    lines = _candidates(text)
    i, limit = 0, TITLE_LOOKAHEAD
    masthead = ""   # a brief's masthead (某某工作简报): the title when no other line is one
    glued = ""      # a name glued to the body on the first line, when nothing better names the text
    while i < min(len(lines), limit):
        line = _PAGE_MARK.sub("", lines[i]) if _TITLE_PREFIX.match(_PAGE_MARK.sub("", lines[i])) else lines[i]
        line = _lone_first(lines, i) or line
        line = _DOC_NUMBER.sub("", line) if _TITLE_END.search(line) else line   # 某卫字[2022]5号 某某报告
        if line != lines[i] and (m := _PIECE_COMMA.match(line)) is not None and _SENTENCE.search(line, m.end()):
            return m.group("title")   # 1、风景区年度工作总结，在县委…: a piece's number, its title, its body
        if line.startswith(("——", "－－", "--")) and _TITLE_END.search(line):
            line = line.lstrip("—－- ")   # ——市委党校2020年工作综述: a subtitle's dash before the only title
        lines[i] = line   # 1某某工作总结: read on without the page's number
        if (m := _BLURB.search(line)) is not None:
            return _blurb_name(m)[:TITLE_CHARS]
        if (m := _NAME_FIELD.match(line)) is not None:
            return _squeeze(m.group("name"))[:TITLE_CHARS]
        if _TITLE_LABEL.fullmatch(line) and i + 1 < len(lines) and not _SENTENCE.search(lines[i + 1]):
            return lines[i + 1][:TITLE_CHARS]   # 标  题： / 某中心2021年工作总结: a portal's field, its value below
        if _SALUTATION.match(line):
            break
        head = _run_on(line)
        if head is not None:
            return head[:TITLE_CHARS]
        if (m := _LEAD_HEADLINE.match(line)) is not None and not _REPORTER.match(m.group("title")):   # (【记者某某报导】)
            if (h := _DASHED_HEADLINE.match(line, m.end())) is not None:
                return h.group()   # 【优秀业务模式】创设某基金破解某难题——某基金业务模式简介发表日期：…: a column's tag
            if (h := _HEADLINE_AFTER_TAG.fullmatch(line, m.end())) is not None:
                return h.group("title")   # 【某某工作执行情况】某地改革交出高分答卷！: a column's tag, then the headline
            return m.group("title")   # 【某局：医疗资源更加丰富，健康建设稳步推进】9月28日，…: a headline in brackets
        if _EXCLAIMED.fullmatch(line) and i + 1 < len(lines) and not _EXCLAIMED.fullmatch(lines[i + 1]):
            return line   # 重磅！某年统计公报发布！数据来了: a news headline of exclaimed phrases
        if (about := _about_broken(lines, i)) is not None:
            return about   # 某市政府办公室关于表彰…全市政府 / 机关优秀调研成果的决定: one name on two lines
        if _is_junk(line) or not re.search(r"\w", line):   # (a line of marks alone: ?, ……)
            masthead = masthead or (line if _BRIEF_MASTHEAD.search(line) else "")
            i += 1
            continue
        if _OUTLINE.fullmatch(line) or _OUTLINE.fullmatch(line + " "):
            i += 1
            continue  # a bare page or item number (1、)
        if _OUTLINE.match(line) and (j := _contents_end(lines, i)) is not None:
            i, limit = j, j + 1
            continue
        if not _OUTLINE.match(line) and _before_meta(lines, i):
            return line[:TITLE_CHARS]   # 县某局：以抽检促监管，… / 来源：… 发布时间：…: a portal's headline
        if (_PAIRED.fullmatch(line) or _SUBTITLED.fullmatch(line)) and not _BODY_START.match(line):
            return line   # 以项目建设为载体，增创经济发展新优势: a title of two matched halves
        if _comma_headline(lines, i):
            return line   # 回眸，这一年某县统战工作 / 2022年，某县…。: a news headline of phrases
        if (m := _SECTION_TITLE.fullmatch(line)) is not None and not _SENTENCE.search(line):
            return m.group("name")[:TITLE_CHARS]   # 第十一节 2003年计划的编制与执行: a yearbook's section
        if _ASKED.fullmatch(line) and not _BODY_START.match(line):
            return line   # 某事业发展情况如何？一文揭示, 某工作总结怎么写？, 民宿：为谁建？缺什么？: a headline asking
        if (note := _NOTED_TITLE.fullmatch(line)) is not None and not _SENTENCE.search(note.group("title")):
            return line[:TITLE_CHARS]   # 某专项行动工作总结（涉及6个行政村，完成3类问题整改）: a note after the name
        if i + 1 < len(lines) and _BROKEN.search(line) and _broken_head(line, lines[i + 1]):
            return (line + lines[i + 1])[:TITLE_CHARS]   # 上半年工作总结及|下半年工作计划
        if line.endswith(("：", ":")) and (name := _issued_name(lines, i)) is not None:
            return name   # 各区县人民政府，市政府各部门：/《某方案》已经市政府同意，现印发给你们
        if _DOTTED_HEADLINE.fullmatch(line) and i + 1 < len(lines) and (_NEWS_LEAD.match(lines[i + 1])
                                                                         or _TITLE_END.search(line[:-1])):
            return line[:-1]   # 某院党委喜获某称号。/ 某网衡阳7月3日讯…, 某心得体会。: a name with a full stop
        if _kicker(lines, i):
            return lines[i + 1][:TITLE_CHARS]   # 面对寒潮 积极应对 / 某公司加大投入保障供暖 / 2012年…。: the headline
        if (_OUTLINE.match(line) or _BROKEN.search(line) or _SENTENCE.search(_QUOTED.sub("“”", line))
                or line.endswith(("：", ":", "，", ","))):   # (a comma inside quotes: “一人护林，全家脱贫”——…)
            glued = _glued_name(line) if i == _first_kept(lines) else ""
            break
        title, used = _joined(lines, i)
        if len(title) >= 4:
            title = _without_category(title, lines[i + used:i + used + 2])
            if not _column_name(title) and i + used < len(lines) and lines[i + used].startswith(("——", "--")):
                return title[:TITLE_CHARS]   # 对提升某能力的思考 / ——以某县为例: a title over its subtitle
            if _column_name(title) or not _TITLE_END.search(title):   # a column, or a site's slogan
                return (_named_after(lines, i + used, headline=len(title) <= _TAG_CHARS)   # above a document's
                        or title[:TITLE_CHARS])                                          # name or a headline
            return _fuller(title, lines[i + used:i + used + 1])[:TITLE_CHARS]
        i += used
    return _blurb_title(text) or masthead[:TITLE_CHARS] or glued or fallback


def _first_kept(lines: list[str]) -> int:
    """The index of the first line that is not a site's junk."""
    return next((k for k, line in enumerate(lines) if not _is_junk(line) and re.search(r"\w", line)), -1)


GLUED_LINE = 40   # a first line this long may be a document's name run on into its body
#: A document's name at a line's start, no mark in it, run on into its body (编制监督调研报告机构编制监督是…).
_GLUED_NAME = re.compile(rf"[^，,。；;：:！？!?、\s]{{6,40}}?(?:{_DOC_TYPE})(?=[{_HAN}“「])")
#: What goes on from a name rather than opening a body: another type or a joined name (…总结暨…计划), a
#: verb taking the name as its subject (…报告指出), a particle, a place word (…报告中).
_NAME_GOES_ON = re.compile(r"""
    暨 | 及 | 和 | 与 | 與 | 并 | 並                              # another name joined to it
  | 的 | 中 | 里 | 裡 | 上 | 是 | 已 | 将 | 將 | 要 | 等 | 之 | 时 | 時 | 精神   # a particle, a place word,
  | 于 | 於 | 由 | 从 | 從 | 以 | 对 | 對                        # a preposition (本计划于…执行)
  | 指出 | 提出 | 强调 | 強調 | 要求 | 显示 | 顯示 | 表明 | 明确 | 明確 | 如下 | 认为 | 認為   # a verb taking it as subject
    """, re.VERBOSE)


#: The types a name run on into its body must end in: a document's, not a topic's (…完成情况成绩喜人, …新闻发言人).
_GLUED_TYPE = re.compile(r"(?:报告|報告|总结|總結|汇报|匯報|彙報|计划|計劃|方案|材料|讲话|講話|意见|意見|通知|公报|公報|要点|要點|纪要|紀要|说明|說明)$")


def _glued_name(line: str) -> str:
    """The name of a document at the start of a long first line that runs on into its body with no
    mark between (关于事业单位改革工作进展情况汇报事业单位重塑性改革实施以来，… -> 关于…情况汇报); "" when
    the words after the name go on from it (…工作报告指出，…; …总结暨…计划) or the line opens a body.

    >>> body = "，随着改革不断深入，监督工作的作用日益凸显，全市上下认真落实各项要求，取得了明显成效。"
    >>> _glued_name("编制监督调研报告机构编制监督是管理工作的重要环节" + body)
    '编制监督调研报告'
    >>> _glued_name("市政府工作报告指出，今年要抓好项目建设" + body)
    ''
    >>> _glued_name("一季度经济任务完成情况成绩喜人" + body)   # a topic, no document
    ''
    """
    if len(line) < GLUED_LINE or _BODY_START.match(line) or not _SENTENCE.search(line):
        return ""
    m = _GLUED_NAME.match(line, 0, TITLE_CHARS)
    if m is None:
        return ""
    end = m.end()
    while (more := _TYPE_GOES_ON.match(line, end)) is not None:
        end = more.end()   # 某工作进展情况|汇报: the name goes on to its last type word
    if _NAME_GOES_ON.match(line, end) or end > TITLE_CHARS or not _GLUED_TYPE.search(line, 0, end):
        return ""
    return line[:end]


KICKER_CHARS = 12   # a kicker over a headline (面对寒潮 积极应对) is at most this long (and 4: not a name)
_KICKER_MARK = re.compile(r"[。，,；;：:！？!?、“”\"《》（）()—·\-0-9]")   # a kicker is words alone


def _kicker(lines: list[str], i: int) -> bool:
    """Is ``lines[i]`` a news kicker: a short line of phrases, no name of a document, over a
    headline (no mark inside) over the story's first paragraph (longer, ending in 。)?

    >>> _kicker(["面对寒潮积极应对", "某热力公司加大投入保障全市供暖", "入冬以来，我市气温持续走低，供热压力加大。"], 0)
    True
    >>> _kicker(["工作总结", "某局2023年上半年工作", "今年以来，我局扎实工作，全年增长5%。"], 0)
    False
    """
    if i + 2 >= len(lines) or not 4 <= len(lines[i]) <= KICKER_CHARS or _TITLE_END.search(lines[i]):
        return False
    head, body = lines[i + 1], lines[i + 2]
    return (not _KICKER_MARK.search(lines[i]) and not re.search(r"[。，,；;：:！？!?·（）()]", head)
            and not re.match("[—─－-]", head) and not re.search("[—─]{1,2}[\u4e00-\u9fff]{1,4}$", head)   # (──克罗齐)
            and not _NEWS_LEAD.search(head) and not _OUTLINE.match(head)
            and 8 <= len(head) <= TITLE_CHARS
            and body.endswith("。") and len(body) > len(head))


#: A news headline ended by a full stop (某院党委喜获“某某”称号。) over its story's dateline (某网某地7月3日讯,
#: 某社北京5月2日电).
_DOTTED_HEADLINE = re.compile(r"[^。！？!?；;，,：:\n]{6,40}。")
_NEWS_LEAD = re.compile(r"""
    [^。，,\n]{0,20}? \d{1,2}月\d{1,2}日 (?:讯|訊|电|電|消息)               # 某网12月29日讯: a dateline (not a headline)
  | [\u4e00-\u9fff]{2,10} (?:网|網|报|報) [\u4e00-\u9fff]{0,6} (?:讯|訊)            # 中国某某网某某讯 近日…: a
    (?=[ \t\u3000（(]|近日|日前|昨日|昨天|今年|[0-9])                            # paper's or a site's dateline
  | (?:本报|本報|新华社|新華社|中新社) [\u4e00-\u9fff]{2,6} (?:电|電)                # 本报拉萨电: a dateline without
    (?=$|[ \t\u3000（(]|[0-9])                                                    # its date
  | [\u4e00-\u9fff]{2,10} (?:网|網) [ \t\u3000]+ (?=近日|日前|昨日|昨天|今天|今日)     # 某某观察网 近日，…: a site's
                                                                                # name before the lead
    """, re.VERBOSE)


#: A portal's line of a page's record under its headline (来源：某局 发布时间：…, 2020-08-10 16:22 某局 [字号]).
#: A notice that issues a document, below its addressees (各区县人民政府，市政府各部门：/《某方案》已经市政府
#:同意，现印发给你们…; 现将《某方案》印发给你们): the document it issues is the page's.
_ISSUED = re.compile(r"""
    《(?P<name>[^《》\n]{4,80})》 (?:已经|已經|已|经|經) [^。\n]{0,30}? (?:同意|批准|通过|通過) [，,]\s?   # 《某方案》已经…同意，
    (?:现|現)? (?:予以)? (?:印发|印發)(?:给|給)?(?:你们|你們)                                          # 现印发给你们
  | (?:现将|現將) 《(?P<named>[^《》\n]{4,80})》 (?:予以)? (?:印发|印發)(?:给|給)?(?:你们|你們)          # 现将《某方案》印发给你们
    """, re.VERBOSE)


def _issued_name(lines: list[str], i: int) -> str | None:
    """The name of the document a notice below the addressees on ``lines[i]`` issues, if any."""
    m = next((m for x in lines[i + 1:i + 3] if (m := _ISSUED.search(x)) is not None), None)
    return (m.group("name") or m.group("named"))[:TITLE_CHARS] if m else None


_META_LINE = re.compile(r"""
    ^(?: (?:信息|文章|稿件)?(?:来源|來源) | 发布(?:时间|日期|者) | 發布(?:時間|日期|者) | 作者 | 所属分类 | 所屬分類
       | (?:责任)?编辑 | (?:責任)?編輯 | (?:更新|发稿|發稿)(?:时间|時間) | 日期 | 时间 | 時間
       | 点击数 | 點擊數 | 浏览次数 | 瀏覽次數 ) \s?[：:]                                   # a field's name and colon
  | ^\d{4}[-/.]\d{1,2}[-/.]\d{1,2} \s+ \d{1,2}:\d{2}                         # or a timestamp opening the line
  | ^\d{4}年\d{1,2}月\d{1,2}日 \s? \d{1,2}:\d{2}                             # (2022年12月29日11:06)
    """, re.VERBOSE)
_HEADLINE_CHARS = (6, 50)   # a headline over a portal's record line is this long


def _before_meta(lines: list[str], i: int, asked: bool = False) -> bool:
    """``lines[i]`` is a headline: no sentence end inside (an exclamation may be: 某某成绩单来了！
    外资领跑全国; with ``asked`` a question too: 某产业走向何方？——…), and the next other line (past a
    reporter's byline) is the portal's record of the page (来源：… 发布时间：…)."""
    line = lines[i]
    if not _HEADLINE_CHARS[0] <= len(line) <= _HEADLINE_CHARS[1] or re.search("[。；;]" if asked else "[。？?；;]", line):
        return False
    nxt = next((x for x in lines[i + 1:i + 3] if x != line and not _REPORTER.match(x)), "")
    return bool(_META_LINE.match(nxt))   # (past a reporter's byline: 本报记者 某某)


_COLUMN_CHARS = 6   # a site's column name above the title (政府报告, 汇报材料) is at most this long


def _without_category(title: str, after: list[str]) -> str:
    """``title`` without a site's category glued before it, when one of the next lines is the
    rest (工作总结农村税收征管工作总结 / 农村税收征管工作总结 -> 农村税收征管工作总结)."""
    for line in after:
        cut = len(title) - len(line)
        if len(line) >= 4 and title.endswith(line) and 0 < cut <= _COLUMN_CHARS and _TITLE_END.search(title[:cut]):
            return line   # the category is itself a kind of document (工作总结); a year is no category
    return title


_GENERIC_CHARS = 10   # a name this short without a digit (安全生产工作总结) may be a site's name for the page


def _fuller(title: str, after: list[str]) -> str:
    """The next line when it names the same kind of document more fully, with a year or a number
    (安全生产工作总结 / 某区 2022 年安全生产工作综述 -> the second), or holds the first's every
    character in order with a few more (a site's keywords run together above the title): the
    first was the site's name for the page."""
    for line in after:
        if _PAGE_MARK.sub("", line) == title:
            continue   # 某总结 / 1.某总结: the same title under a page's number
        if not (len(title) < len(line) <= TITLE_CHARS and _TITLE_END.search(line) and not _SENTENCE.search(line)
                and not _is_junk(line) and not _DATELINE.match(line)):
            continue
        if (len(title) <= _GENERIC_CHARS and not any(c.isdigit() for c in title) and any(c.isdigit() for c in line)
                and title[:2] in line):
            return line
        if (len(line) - len(title) <= _KEYWORDS_LEFT_OUT and title not in line and line.endswith(title[-2:])
                and (extra := _left_out(title, line)) is not None and re.search(rf"[{_HAN}](?<!年)", extra)):
            return line   # 2022重点项目建设情况工作总结汇报 (a site's keywords run together) / 乡镇2022年…汇报
    return title


_KEYWORDS_LEFT_OUT = 6   # characters a site's keyword line may leave out of the title below it


def _left_out(short: str, long: str) -> str | None:
    """The characters of ``long`` that ``short`` leaves out when every character of ``short`` is
    in ``long`` in order (重点项目汇报 in 乡镇重点项目建设汇报 -> 乡镇建设), else None."""
    out, it = [], iter(short)
    want = next(it, None)
    for ch in long:
        if ch == want:
            want = next(it, None)
        else:
            out.append(ch)
    return "".join(out) if want is None else None


#: A page's field naming its own title anywhere in the page (本文标题：20201231：某局2020年工作总结), often
#: below the body with the link and copyright lines.
_TITLE_FIELD_LINE = re.compile(r"""
    ^[ \t]* (?:本文标题|本文標題|文章标题|文章標題) [ \t]? [：:] [ \t]?
    (?: [0-9]{8} [：:] )?                                     # a site's date code (20201231：)
    (?P<name> [^\n]{4,%d}? ) [ \t]* $
    """ % TITLE_CHARS, re.MULTILINE | re.VERBOSE)


#: A record's title cell near a page's top (| 标题：某乡春季植树造林工作汇报 |), a document site's field.
_TITLE_CELL = re.compile(r"""
    ^[ \t]* [|｜] [ \t]* (?:标题|標題) [ \t]? [：:] [ \t]?
    (?P<name> [^\n|｜]{4,%d}? ) [ \t]* [|｜] [ \t]* $
    """ % TITLE_CHARS, re.MULTILINE | re.VERBOSE)
CELL_REACH = 600   # characters from a page's start its title cell may stand


def cell_title(text: str) -> str:
    r"""The title a record's 标题 cell gives near the page's top, or "".

    >>> cell_title("| 标题：某乡春季植树造林工作汇报 |\n| **某乡植树造林工作汇报 **自会议召开以来…")
    '某乡春季植树造林工作汇报'
    """
    m = _TITLE_CELL.search(text[:CELL_REACH])
    return _squeeze(m.group("name")) if m and _TITLE_END.search(m.group("name").strip()) else ""


def field_title(text: str) -> str:
    r"""The title a page's own 本文标题 field gives, wherever it stands, or "".

    >>> field_title("全年完成治超检测1.2万车次。\n本文标题：20201231：某局2020年度治超工作总结\n链接地址：…")
    '某局2020年度治超工作总结'
    """
    m = _TITLE_FIELD_LINE.search(text)
    return _squeeze(m.group("name")) if m and _TITLE_END.search(m.group("name").strip()) else ""


def ends_like_a_title(text: str) -> bool:
    """Does ``text`` end in a document's type, perhaps with a count of pieces (…工作总结, …的报告,
    …总结十篇)? What :mod:`summarylab.measures` and :mod:`summarylab.cleaning` read for a title.

    >>> ends_like_a_title("某镇2023年工作总结"), ends_like_a_title("全年完成投资3亿元")
    (True, False)
    """
    return _TITLE_END.search(text) is not None


def _column_name(title: str) -> bool:
    """A short name with no digit (政府报告, 汇报材料, 预算绩效管理): perhaps the site's column."""
    return len(title) <= _COLUMN_CHARS and not any(c.isdigit() for c in title)


#: A site's tagline: two short phrases parted by a comma, no other mark (看你所看，想你所想).
_TAGLINE_SHORT = re.compile(rf"[{_HAN}]{{2,8}}[，,][{_HAN}]{{2,8}}")
#: A headline holding a number, no sentence's end (112年度投向新活力 某县年终记者会).
_NUMBERED_HEADLINE = re.compile(r"(?=[^\n]*[0-9０-９])(?![^\n]*日电)(?!以下是|以下为)[^。！？!?；;\n]{8,50}(?<![：:])")


_FIELD_LINE = re.compile(rf"[{_HAN}]{{2,6}}[：:]")   # 排名：, 综合指数：: a field's name and its value


#: A piece's title run on into its body after a comma, once the piece's number is gone (1、某总结，在…).
_PIECE_COMMA = re.compile(rf"(?P<title>[^，,。；;：:了\n]{{4,{TITLE_CHARS}}}?(?:{_DOC_TYPE}))[，,]")   # (not 1、大会听取了…报告，)
_TYPE_TWICE = ("总结", "總結", "报告", "報告", "汇报", "匯報", "计划", "計劃")


def _named_after(lines: list[str], i: int, headline: bool = True) -> str | None:
    """A document's full name in the next few lines (某县2020年政府工作报告 after 政府报告), before
    the body starts, else (with ``headline``: under a short column name) the first headline
    holding a number there (112年度某县年终记者会 after 县长政见完成式); None if there is none."""
    found = None
    for k, line in enumerate(lines[i:i + TITLE_LOOKAHEAD], start=i):
        line = _PAGE_MARK.sub("", line)
        if line.startswith(("关于", "關於")) and (whole := _joined(lines, k))[1] > 1 and _TITLE_END.search(whole[0]):
            return whole[0][:TITLE_CHARS + 20]   # 关于某区2021年财政 / 预算执行情况及… / …的报告: broken over lines
        if _TAGLINE_SHORT.fullmatch(line):
            continue   # 看你所看，想你所想: a site's tagline under its column name
        if (line[:1] not in "[［【(（" and not _OUTLINE.match(line) and (head := _run_on(line)) is not None
                and line.startswith(head) and not any(head.count(w) > 1 for w in _TYPE_TWICE)):
            return head[:TITLE_CHARS]   # 某局节能工作总结今年以来，…: the title run on into the body
                                        # (not 某总结5篇某总结1…: a collection's name and its piece's)
        if headline and found is None and not _is_junk(line) and (
                _before_meta(lines, k, asked=True) or _ASKED.fullmatch(line) and not _BODY_START.match(line)
                or not _STOP.search(line) and _NEWS_LEAD.match(next((x for x in lines[k + 1:k + 3] if len(x) > 3), ""))):
            return line[:TITLE_CHARS]   # 咨询服务 / 某产业走向何方？——… (/ 来源：… 发布时间：…): the headline
            # that asks, the one over the page's record or over a news dateline (某网12月29日讯…)
        if _SALUTATION.match(line) or _OUTLINE.match(line) or _SENTENCE.search(line):
            return found   # the body: a headline with a number seen before it, if any
        if line[:1] in "[［【(（":
            continue   # [节录自…施政报告…]: a bracketed note on the source, not the full name
        if (headline and found is None and _NUMBERED_HEADLINE.fullmatch(line) and not _is_junk(line)
                and not _FIELD_LINE.match(line)):   # (not 排名：第285名, a page's field)
            found = line[:TITLE_CHARS]   # 112年度投向新活力 某县年终记者会, 2023《政府工作报告》（实录）
        head = _run_on(line)
        if head is not None:
            return head[:TITLE_CHARS]
        if not _is_junk(line) and len(line) > _COLUMN_CHARS + 2 and _TITLE_END.search(line):
            return line[:TITLE_CHARS]
    return found


def _blurb_title(text: str) -> str:
    """The document's name in a site blurb among the first lines, or ""."""
    head = "\n".join(line[:_LINE_CHARS] for line in text[:_HEAD_CHARS].splitlines()[:TITLE_LOOKAHEAD])
    m = _BLURB.search(head)
    name = _blurb_name(m) if m else ""
    return "" if name[:1] in "、，,。；;：:及和与與并並" else name   # (、考核中组织实施…, 及相应工作安排: a
    # sentence's piece after 准备, no name)


#: A 范文 site's tag after a name it gives (…工作总结(全文完整), …计划【精选】)
_SITE_TAG = re.compile(r"\s?[（(【](?:全文完整|完整版|完整文档|完整文檔|精选|精選|最新|通用|优选|優選|推荐|推薦|合集)[版篇]?[)）】]$")


def _blurb_name(m: re.Match) -> str:
    """The name a blurb gives, without the site's 范文 after a document type or its tag in
    brackets (这篇水利局工作总结范文 -> 水利局工作总结; …工作总结(全文完整) -> …工作总结)."""
    name = _SITE_TAG.sub("", _squeeze(m.group("name") or m.group("doc") or m.group("doc2")).strip())
    name = _BLURB_VERBS.sub("", name)   # 收集和整理的林业年度工作总结 -> 林业年度工作总结
    return re.sub(rf"({_DOC_TYPE})(?:参考|參考)?(?:范文|範文)$", r"\1", name) if len(name) > 6 else name


#: A blurb's verbs left before the name it gives (收集和整理的, 精心整理的).
_BLURB_VERBS = re.compile(r"^(?:[和及与]?(?:收集|整理|编辑|編輯|精选|精選|搜集|汇总|匯總)){1,3}的")


def site_title(title: str) -> str:
    """An HTML ``<title>`` without the site's name after ``_``, ``|`` or `` - ``
    (县2023年工作总结_某某范文网 -> 县2023年工作总结); "" when only a site name is left.

    >>> site_title("镇2023年工作总结_某某范文网")
    '镇2023年工作总结'
    >>> site_title("某县人民政府工作报告 - 某县人民政府门户网站")
    '某县人民政府工作报告'
    """
    parts = [p.strip() for p in re.split(r"\s*[_|｜]\s*|\s+[-－—–]+\s+|(?<=[^\d\s])[-－—–](?=[^\d\s])", title)]
    parts = [p for p in parts if p]
    while len(parts) > 1 and _SITE_SUFFIX.search(parts[-1]):
        parts.pop()
    kept = parts[0] if parts else ""
    return "" if _SITE_NAME.search(kept) else kept
