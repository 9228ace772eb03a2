import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../lib/phrasing/index';

describe('extractFacts', () => {
  it('reads the agent’s name, ID and a reference number from agent lines', () => {
    const f = extractFacts([
      { role: 'agent', text: '您好，我是协商专员王芳，工号A1027，很高兴为您服务。' },
      { role: 'customer', text: '您好' },
      { role: 'agent', text: '已为您提交申请，受理编号：XS-20250301-88。' },
    ]);
    expect(f.agentName).toBe('王芳');
    expect(f.agentId).toBe('A1027');
    expect(f.referenceNo).toBe('XS-20250301-88');
    expect(f.obtained).toEqual(expect.arrayContaining(['agent-name', 'agent-id', 'reference']));
  });

  it('reads English introductions and case numbers, and ignores "I\'m afraid" and "I\'m sorry"', () => {
    const f = extractFacts([
      { role: 'agent', text: "I'm afraid I can't do that." },
      { role: 'agent', text: "I'm Sorry for the wait." },
      { role: 'agent', text: "Hi, my name is Jordan, agent ID 55821. Your case number is HC-99812." },
    ]);
    expect(f.agentName).toBe('Jordan');
    expect(f.agentId).toBe('55821');
    expect(f.referenceNo).toBe('HC-99812');
  });

  it('a number the customer types is not taken as the agent’s', () => {
    const f = extractFacts([{ role: 'customer', text: '我的工号是123456，编号AB1234' }]);
    expect(f.agentId).toBeUndefined();
    expect(f.referenceNo).toBeUndefined();
  });

  it('notes a promise of written confirmation and what the customer already asked for', () => {
    const f = extractFacts([
      { role: 'customer', text: '方便告诉我您的工号吗？方案能书面确认吗？' },
      { role: 'agent', text: '办理成功后会以短信形式发送给您。' },
    ]);
    expect(f.asked).toEqual(expect.arrayContaining(['agent-id', 'written']));
    expect(f.obtained).toContain('written');
    expect(f.obtained).not.toContain('agent-id');
  });

  it('copes with no transcript or malformed lines', () => {
    expect(extractFacts(undefined)).toEqual({ obtained: [], asked: [] });
    expect(extractFacts([{ role: 'agent', text: undefined as unknown as string }])).toEqual({ obtained: [], asked: [] });
  });
});
