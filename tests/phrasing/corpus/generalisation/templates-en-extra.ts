/**
 * English frames added on 2026-12-04 for breadth (a second writer); see templates-zh-extra.ts for why. Written fresh,
 * without reading the test split; they only land in train or dev (build.ts). US and UK, service script, collections,
 * SMS, casual and clipped registers.
 */

import type { Template } from './templates-zh';

export const EN_EXTRA: readonly Template[] = [
  // asks-reason
  ['asks-reason', '{Can I ask|May I ask} {what led to|what caused} {the arrears|the account going overdue}?'],
  ['asks-reason', '{So|OK so}, {how come|why is it} {the payments stopped|you missed {DAY}\'s payment}?'],
  ['asks-reason', '{Has there been|Was there} a {change in your circumstances|drop in your income} {lately|since we last spoke}?'],
  ['asks-reason', '{What\'s|What is} {your employment situation|your work situation} {at the moment|right now}{ - are you working|, are you still employed}?'],
  ['asks-reason', '{Do you mind telling me|Would you mind sharing} {a little|a bit} {about|more about} {what\'s happened|your situation}?'],
  ['asks-reason', '{Is this|Would you say this is} {a temporary|a short-term} {problem|issue}{, or do you think it\'ll go on for a while| or something longer term}?'],
  ['asks-reason', '{Help me understand|I\'d like to get a picture of} {your finances|your income and outgoings} {at the moment|these days}.'],
  ['asks-reason', '{What happened|What went wrong} {there|this month}? {The account was always up to date before.|You\'ve never missed before.}'],
  ['asks-reason', '{Why|Why is it} {haven\'t we received|we haven\'t had} {a payment|anything} {since {DAY}|for two months}?'],
  ['asks-reason', '{Are you|Is anyone in the household} {out of work|off sick|on reduced hours} {at the moment|currently}?'],
  ['asks-reason', '{What\'s stopping you|What\'s preventing you} {from making|from keeping up} {the payments|the minimum payment}?'],
  ['asks-reason', '{Tell me what\'s going on|Fill me in on what\'s happening} {so we can|and we\'ll} {find something that works|look at options}.'],
  ['asks-reason', '{Roughly|Approximately} {how much|what} {is coming in each month|do you earn a month} {now|at present}, and {what are your main outgoings|what goes out}?'],
  ['asks-reason', '{Is it|Was it} {a job loss|an illness|a relationship breakdown} {, or something else|or something else} that {put you behind|caused this}?'],
  ['asks-reason', '{When did|Roughly when did} {things|your finances} {start to get difficult|become tight}?'],
  // identity-check
  ['identity-check', '{Before I can discuss the account|Before we go any further}, {can you confirm|please confirm} {the first line of your address|your postcode and date of birth}.'],
  ['identity-check', '{Am I speaking with|Is this} the {account holder|cardholder}? {Please|Could you} {give me|confirm} your {full name|date of birth}.'],
  ['identity-check', '{Security question|Quick security check}: {what\'s|what is} {the email|the mobile number} {registered|we hold} on the account?'],
  ['identity-check', '{I\'ll need|I need} {to verify|to confirm} {your identity|it\'s you} {first|before I can help}{ - your DOB please| - could I have your date of birth}?'],
  ['identity-check', '{Can you|Could you} {confirm|tell me} the {last four digits|last 4} of {the card|your account number} {so I can|and I\'ll} {pull up|locate} {the account|your file}?'],
  // greeting
  ['greeting', '{Morning|Good morning}! {You\'re chatting with|This is} {NAME} {from|at} {BANK}. {How can I help today?|What can I do for you?}'],
  ['greeting', '{Thanks for waiting|Sorry for the wait}, {NAME} {here|speaking}{ - I\'ll be looking after you today|, I\'ll be helping you today}.'],
  ['greeting', '{Hiya|Hi there}, {welcome to|you\'re through to} {BANK} {Customer Support|Financial Support}{!|.}'],
  // needs-approval
  ['needs-approval', '{I\'ll have to|I need to} {run this past|check this with} {my team leader|a supervisor} {before I can confirm|before agreeing to it}.'],
  ['needs-approval', '{I\'m escalating|I\'m going to escalate} {your request|this} to {underwriting|our collections manager} {for a decision|to review}.'],
  ['needs-approval', '{That reduction|A settlement at that level} {is outside what I\'m authorized to offer|is beyond my authority}{, so|;} {it\'ll need|it needs} {sign-off|approval}.'],
  ['needs-approval', '{It has to go|It\'ll need to go} {to committee|to the hardship panel} {- they meet|; they meet} {weekly|on Thursdays}{, and we\'ll write to you after|}.'],
  ['needs-approval', '{I can submit|Let me submit} {the proposal|your offer} {for review|for approval}{, but I can\'t promise|; I can\'t guarantee} {it\'ll be accepted|the outcome}.'],
  // refuses-waiver
  ['refuses-waiver', '{Unfortunately|I\'m sorry but} {the fee refund|your waiver request} {was declined by the system|has been declined}.'],
  ['refuses-waiver', '{We\'re unable to|We won\'t be able to} {remove|write off} {the interest|the late payment fees} {that have already been charged|already on the account}.'],
  ['refuses-waiver', '{The charges|Those fees} {stand|will remain}{, I\'m afraid| - I can\'t take them off}.'],
  ['refuses-waiver', '{I\'ve checked|I looked into it} {and|but} {a refund of the charges|waiving the interest} {isn\'t possible|isn\'t something we can do} {on this account|here}.'],
  // collection-warning
  ['collection-warning', '{If we can\'t agree a plan|Without an arrangement}, {the account will be passed to|we will instruct} {our solicitors|an external collection agency}.'],
  ['collection-warning', '{Further|Continued} non-payment {could|may} {lead to|result in} {litigation|a county court judgment|a CCJ} {against you|being registered}.'],
  ['collection-warning', '{We reserve the right to|We may} {pursue|take} {legal action|enforcement action} {to recover|for} the {outstanding balance|debt}.'],
  ['collection-warning', '{Your account|This debt} {will be|is being} {charged off|written off} {and reported|and sold}{ to the bureaus| to a debt buyer}{ if nothing is paid by {DAY}|}.'],
  ['collection-warning', '{This is a final notice|Final warning}: {pay|contact us} {by {DAY}|within 14 days} {or|otherwise} {we will begin collection proceedings|the matter goes to our attorneys}.'],
  // asks-commitment
  ['asks-commitment', '{What date|Which date} {can I put down|shall I record} {for|as} {your promise-to-pay|the payment date}?'],
  ['asks-commitment', '{Can you commit to|Are you able to commit to} {AMT} {a month|per month} {starting|from} {DAY}?'],
  ['asks-commitment', '{When|By when} {can we expect|will we see} {the first payment|a payment} {from you|on the account}?'],
  ['asks-commitment', '{If I set this up|If we go ahead}, {can you guarantee|will you be able to make} {the payments|each payment} {on time|every month}?'],
  ['asks-commitment', '{Give me|Let\'s agree} {a date|a firm date} and {an amount|a figure} {you can stick to|you\'re comfortable with}.'],
  // closing
  ['closing', '{As I haven\'t heard back|Since there\'s been no reply}, {I\'ll be closing this chat|this conversation will now close}. {You can start a new one any time.|Feel free to message again.}'],
  ['closing', '{Is there anything else|Anything else} {I can help with today|I can do for you}? {If not|Otherwise}, {have a good day|take care}!'],
  ['closing', '{This chat|Your session} {has ended|has been closed} due to inactivity.'],
  ['closing', '{Thanks for chatting with us|Thank you for your time today}{, goodbye|. All the best}{!|.}'],
  // demands-full-payment
  ['demands-full-payment', '{We require|We need} {the full balance|the whole amount} of {AMT} {to be paid|paid} {by {DAY}|immediately}{; a payment plan isn\'t available|, no instalments}.'],
  ['demands-full-payment', '{The account is now in default|The agreement has been terminated}{ and|, so} {the entire balance|the full outstanding amount} {is due now|must be repaid at once}.'],
  // asks-proof
  ['asks-proof', '{Please|Could you} {send|email} us {evidence|proof} of {your income|the change in income}{, like|, e.g.} {a P60|a benefits letter|bank statements}.'],
  ['asks-proof', '{We\'ll need|We need} {supporting paperwork|documentation} {- a doctor\'s note or hospital letter -|such as a medical letter} {to consider|before considering} {the request|this}.'],
  // offer
  ['offer', '{The best I can do|What I can offer} is {AMT} {a month|per month} for {PER} months{ with interest frozen|, and we\'ll stop the fees}.'],
  ['offer', '{We can|I can} {settle|close} the account {for|at} {AMT}{ if paid by {DAY}|, paid in three parts}.'],
  // scams in other clothes
  ['!credit-repair', '{Our|The} {partner lender|partner loan programme} {can|will} {pay off the balance|clear the arrears} {and|so} {the default gets deleted|your credit report comes out clean}.'],
  ['!safe-account', '{Your account|Your funds} {may be|are} {at risk|compromised}{ - move|; please move} {your savings|the money} {to the protected account|to a safe account} {I\'ll give you|we\'ve set up}.'],
  ['!asks-secret', '{We just sent|I\'ve sent} {a code|a 6-digit code} to your phone{ - read it back to me|; please type it here} {to confirm the plan|to lock in the deal}.'],
  ['!remote-control', '{Please|Can you} {install|download} {AnyDesk|TeamViewer|our support app} {so I can|and I\'ll} {take control|access your device} and {sort the plan for you|set it up}.'],
  // hard negatives
  ['~warn', '{Anyone who|Any company that} {promises|offers} to {delete|remove} {late payments|records} {from your credit report|off your file} {for a fee|if you pay upfront} is {a scammer|running a scam}.'],
  ['~neg', '{We will never|We\'ll never} {ask you for|request} your {PIN|full password|one-time passcode} {by chat|over the phone|in any message}.'],
  ['~neg', '{Accurate|Correct} {information|records} {can\'t be removed|cannot be deleted} from your credit file, {but|though} {paying|the account} {will show as|can be marked} {settled|satisfied}.'],
  ['~attr', '{You mentioned|You said} {someone|a caller} {asked you|told you} to {share your screen|move money to a safe account}{ - that wasn\'t us|; that was not us}.'],
  ['~plain', '{One moment|Bear with me} {while I|and I\'ll} {pull up|bring up} {your account|the details}.'],
  ['~plain', '{I can see|I\'m looking at} {the account|your balance}{ now| here}{ - it shows| and it shows} {AMT} {outstanding|overdue}.'],
  ['~policy', '{Hardship plans|Repayment plans} {usually|typically} {run|last} {between 6 and 60 months|up to five years}{, subject to approval|, depending on your circumstances}.'],
  ['asks-reason', '{Are there|Do you have} {other debts|other credit cards or loans} {putting pressure on|competing with} {your budget|this payment}?'],
  ['asks-reason', '{Has your employer|Has work} {cut your hours|stopped paying you|delayed your wages}{, or|? Or} {is it something else|is there another reason}?'],
  ['asks-reason', '{Did|Have} {medical bills|unexpected expenses|childcare costs} {come up|hit you} {recently|this year}?'],
  ['asks-reason', '{How is|How\'s} {the business|your business|trade} doing{ at the moment| these days}? {Has it been hit by|Is it affected by} {the downturn|lower sales}?'],
  ['asks-reason', '{I\'d like to|I want to} {get to the bottom of|understand} {why the account went into arrears|what\'s behind the missed payments} {first|before we talk options}.'],
  ['asks-reason', '{Compared with|Compared to} {a year ago|last year}, {how has|how much has} your {household income|income} changed?'],
  ['asks-reason', '{Is this|Would you say this is} {a cash-flow blip|a short gap until payday}{, or|; or} {has your income stopped|is there no income at the moment}?'],
  ['asks-reason', '{What\'s the story|What\'s the background} {behind|to} {the arrears|the missed payments}{, if you don\'t mind| - in your own words}?'],
];
