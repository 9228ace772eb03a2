// The demo customer's own figures, entered in the side panel's Plan tab the way a person would type them.
export const DEMO_PROFILE = {
  zh: { principal: '28600', interest: '2860', fees: '0', penalties: '1020', monthlyIncome: '8000', essentialSpending: '5600', otherDebtPayments: '1200', cashNow: '2000' },
};

export async function enterProfile(panel, figures = DEMO_PROFILE.zh) {
  await panel.getByRole('tab').nth(1).click();
  for (const [field, value] of Object.entries(figures)) {
    await panel.locator(`#${field}`).fill(value);
  }
  await panel.locator('.profile-form button[type="submit"]').click();
  await panel.locator('.form-actions [role="status"]').filter({ hasText: /\S/ }).waitFor();
  await panel.getByRole('tab').nth(0).click();
}
