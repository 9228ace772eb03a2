import { describe, expect, it } from 'vitest';
import { agentIdentity } from '../../lib/capture/agent-identity';

describe('agentIdentity', () => {
  it.each([
    ['您好，我是示范银行信用卡中心客服李娜，工号 8823，很高兴为您服务。', undefined, { name: '李娜', id: '8823' }],
    ['您好，客服王强为您服务', undefined, { name: '王强' }],
    ['我的工号是：A10086', undefined, { id: 'A10086' }],
    ['Hello, this is Lina from Demo Bank card services, agent ID 8823.', undefined, { name: 'Lina', id: '8823' }],
    ['My name is Emma and my employee number is 5521', undefined, { name: 'Emma', id: '5521' }],
    ['请稍等', '客服 张敏', { name: '张敏' }],
    ['请稍等', '在线客服', {}],
    ['您的账单金额为 12000 元', undefined, {}],
    // a name followed at once by the staff number in brackets, inside any greeting
    ['您好，王芳（工号 95141）为您服务，请问有什么可以帮您？', undefined, { name: '王芳', id: '95141' }],
    ['您好，張家豪（工號 46372）為您服務，請問有什麼需要協助？', undefined, { name: '張家豪', id: '46372' }],
    ['客服专员王芳（工号A1027）很高兴为您服务', undefined, { name: '王芳', id: 'A1027' }],
    ['Hi, Sarah Lee (ID 4821) here, how can I help?', undefined, { name: 'Sarah Lee', id: '4821' }],
    // a word that is no name before the bracket
    ['您好，请问（工号 123）', undefined, { id: '123' }],
    ['Hello (ID 4821)', undefined, { id: '4821' }],
    // an author label that is a greeting or thanks names nobody
    ['好的', '谢谢', {}],
    ['好的', '您好', {}],
  ])('%s (author %s)', (text, author, expected) => {
    expect(agentIdentity(text, author)).toEqual(expected);
  });
});
