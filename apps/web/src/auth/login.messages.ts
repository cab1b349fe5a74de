import type { Messages } from '../i18n/language';

export const LOGIN = {
  zh: {
    title: '登录售后服务台',
    username: '用户名',
    password: '密码',
    submit: '登录',
    required: '请填写{field}',
    failed: '用户名或密码不正确，或账号已停用。',
  },
  en: {
    title: 'Sign in to the service desk',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    required: 'Please enter the {field}',
    failed: 'Wrong username or password, or the account is deactivated.',
  },
} satisfies Messages<string>;
