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
  ])('%s (author %s)', (text, author, expected) => {
    expect(agentIdentity(text, author)).toEqual(expected);
  });
});
