/**
 * Simplified → Traditional Chinese for the panel's own words (replies, labels built in code), for people whose
 * browser or bank chat is in Traditional characters. A built-in table instead of opencc-js at run time: OpenCC's
 * dictionaries are about 1 MB, more than the whole panel; Parley only ever converts its own phrasebook and labels,
 * whose few hundred characters this table covers. tests/ui/hant.test.ts checks every phrasebook and label string
 * against OpenCC (a devDependency), and that the phrasebook and plan wording use no character missing here.
 */

// Pairs of characters, Simplified then Traditional (OpenCC "cn → tw", characters this code base uses).
const PAIRS =
  '赵趙恳懇税稅气氣学學养養闲閒杂雜头頭' +
  '万萬与與专專业業东東两兩个個丰豐为為么麼书書买買争爭于於亏虧产產亿億仅僅从從们們价價众眾优優会會传傳' +
  '伤傷体體余餘债債偿償储儲兑兌兰蘭关關兴興内內写寫农農况況冻凍准準减減凑湊几幾凭憑击擊划劃则則刚剛创創' +
  '删刪别別办辦务務动動劳勞医醫华華协協单單卖賣占佔厂廠历歷压壓叁叄参參双雙发發变變号號后後吗嗎听聽启啟' +
  '呗唄员員咨諮响響团團围圍国國图圖圆圓场場坏壞块塊坚堅声聲处處备備复復够夠夸誇宁寧宝寶实實审審宽寬对對' +
  '导導将將尽盡层層属屬岁歲币幣师師带帶帮幫并並广廣库庫应應废廢开開异異弃棄张張归歸当當录錄征徵径徑忆憶' +
  '态態总總恒恆愿願户戶执執护護报報担擔拟擬拨撥择擇挂掛挚摯损損换換据據摊攤数數断斷无無旧舊时時显顯暂暫' +
  '术術机機权權条條来來极極构構标標栏欄样樣档檔检檢楼樓欧歐汇匯沟溝没沒济濟浏瀏滞滯满滿点點烦煩热熱状狀' +
  '环環现現电電疗療监監着著码碼确確礼禮离離种種称稱稳穩笔筆筹籌签簽类類紧緊红紅约約级級纪紀纳納纸紙纾紓' +
  '线線组組细細终終经經结結给給绝絕统統继繼绩績续續维維缓緩编編缴繳网網罚罰职職联聯胁脅脑腦腾騰节節苏蘇' +
  '范範莱萊获獲营營虑慮虚虛补補装裝见見规規览覽计計认認讨討让讓议議讯訊记記许許论論设設访訪证證评評识識' +
  '诈詐诉訴诊診词詞试試诚誠话話询詢该該语語误誤说說请請诺諾读讀调調谈談谓謂谢謝负負财財责責败敗账賬货貨' +
  '质質贰貳贴貼贵貴贷貸费費资資赞贊转轉软軟轻輕载載较較输輸边邊达達过過运運还還这這进進远遠违違迟遲适適' +
  '选選邮郵采採释釋里裡针針钟鐘钱錢铲鏟银銀链鏈销銷错錯键鍵镑鎊长長门門闭閉问問间間闹鬧队隊阶階际際陆陸' +
  '险險随隨隐隱难難页頁顶頂项項顺順须須顾顧预預领領题題额額风風饭飯馈饋马馬验驗骗騙鱼魚齐齊齿齒';

// Words whose character differs from the one-character default (联系 → 聯繫, not 聯系).
const WORDS: readonly [string, string][] = [
  ['联系', '聯繫'],
  ['了解', '瞭解'],
  ['答复', '答覆'],
  ['回复', '回覆'],
  ['复述', '複述'],
  ['复制', '複製'],
  ['重复', '重複'],
  ['复杂', '複雜'],
  ['复印', '複印'],
  ['尽快', '儘快'],
  ['尽量', '儘量'],
  ['一并', '一併'],
  ['合并', '合併'],
  ['备注', '備註'],
  ['注释', '註釋'],
  ['公布', '公佈'],
  ['日历', '日曆'],
  ['标签', '標籤'],
  ['批准', '批准'],
  ['头发', '頭髮'],
];

let table: Map<string, string> | undefined;

function chars(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i + 1 < PAIRS.length; i += 2) table.set(PAIRS[i]!, PAIRS[i + 1]!);
  }
  return table;
}

export function toTraditional(text: string): string {
  const map = chars();
  let out = '';
  for (let i = 0; i < text.length; ) {
    const word = WORDS.find(([s]) => text.startsWith(s, i));
    if (word) {
      out += word[1];
      i += word[0].length;
      continue;
    }
    const ch = text[i]!;
    out += map.get(ch) ?? ch;
    i += 1;
  }
  return out;
}

/**
 * Evidence of the script a text is written in: characters only Simplified text uses (the table's keys) and
 * characters only Traditional text uses (its values that are not also keys).
 */
export function scriptEvidence(text: string): { hant: number; hans: number } {
  const map = chars();
  let hans = 0;
  let hant = 0;
  const traditional = tradSet();
  for (const ch of text) {
    if (map.has(ch)) hans += 1;
    else if (traditional.has(ch)) hant += 1;
  }
  return { hant, hans };
}

let trad: Set<string> | undefined;
function tradSet(): Set<string> {
  if (!trad) {
    const simplified = new Set(chars().keys());
    trad = new Set([...chars().values()].filter((c) => !simplified.has(c)));
  }
  return trad;
}
