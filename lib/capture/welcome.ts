/**
 * The line a chat opens with before anyone has asked anything ("欢迎来到…在线客服", "Welcome to … chat") is written
 * by the chat itself (its bot or its greeting script), whatever name it is signed with; a person taking a chat says
 * who they are, usually with a staff ID. Only the opening wording counts, so a person who later says "welcome" is
 * not taken for a bot.
 */
const WELCOME = /^(?:(?:您好|你好|hi|hello|hey)[\s,，!！。.]*)?(?:欢迎(?:来到|光临|使用|访问|咨询|进入)|歡迎(?:來到|光臨|使用|訪問|諮詢|進入)|welcome to\b)/i;

export function isOpeningWelcome(text: string): boolean {
  return WELCOME.test(text.trim());
}
